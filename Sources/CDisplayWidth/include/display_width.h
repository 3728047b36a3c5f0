#ifndef LEDE_DISPLAY_WIDTH_H
#define LEDE_DISPLAY_WIDTH_H

/// Number of terminal columns the Unicode scalar `scalar` occupies, as the C library's
/// `wcwidth` measures it in a UTF-8 locale (the table ncurses draws with):
/// 0 for combining marks, 2 for wide characters, -1 for control characters.
int lede_display_width(unsigned int scalar);

#endif
