// Shim for ncursesw: makes the wide-character API visible to Swift and wraps
// the C macros and globals Swift cannot import directly.
#ifndef LEDE_CNCURSESW_SHIM_H
#define LEDE_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/// Display width of a wide character as ncurses measures it (-1 if unprintable).
int wcwidth(wchar_t c);

static inline attr_t lede_attr_bold(void) { return A_BOLD; }
static inline attr_t lede_attr_reverse(void) { return A_REVERSE; }
static inline attr_t lede_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t lede_attr_italic(void) { return A_ITALIC; }
static inline attr_t lede_attr_dim(void) { return A_DIM; }
static inline attr_t lede_attr_normal(void) { return A_NORMAL; }

static inline WINDOW *lede_stdscr(void) { return stdscr; }
static inline int lede_lines(void) { return LINES; }
static inline int lede_cols(void) { return COLS; }
static inline int lede_colors(void) { return COLORS; }
static inline int lede_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *lede_stdin(void) { return stdin; }
static inline FILE *lede_stdout(void) { return stdout; }

/// The current terminal's string capability `name` (terminfo's "cup", "el"…), or NULL when
/// the terminal has none.
static inline const char *lede_string_capability(const char *name) {
    const char *value = tigetstr(name);
    return value == (const char *)-1 ? NULL : value;
}

/// Sets one cell at (y, x) to `wch` (a spacing character plus up to four combining ones)
/// with attributes and an extended colour pair passed through `opts`, as ncurses requires
/// for pairs above 255.
static inline int lede_put_cell(WINDOW *win, int y, int x, const wchar_t *wch, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, wch, attrs, 0, &pair) == ERR) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

/// Sets window attributes with an extended colour pair.
static inline int lede_set_attrs(WINDOW *win, attr_t attrs, int pair) {
    return wattr_set(win, attrs, 0, &pair);
}

/// Reads back the character text of the cell at (y, x) into `out` (at most `max` wide chars).
static inline int lede_cell_text(WINDOW *win, int y, int x, wchar_t *out, attr_t *attrs, int *pair) {
    cchar_t cell;
    short shortPair = 0;
    if (mvwin_wch(win, y, x, &cell) == ERR) return ERR;
    return getcchar(&cell, out, attrs, &shortPair, pair);
}

/// Asks the terminal to report wheel turns and clicks of the first button.
static inline void lede_enable_mouse(void) {
    mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
}

/// What a mouse report after KEY_MOUSE was: 1 wheel up, 2 wheel down, 3 a click of the first
/// button, 0 anything else; the cell in `x` and `y`.
static inline int lede_read_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON4_PRESSED) return 1;
    if (event.bstate & BUTTON5_PRESSED) return 2;
    if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) return 3;
    return 0;
}

#endif
