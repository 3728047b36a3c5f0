#define _XOPEN_SOURCE 700
#define _GNU_SOURCE
#include <locale.h>
#include <wchar.h>
#include "display_width.h"

/* wcwidth depends on LC_CTYPE. Measuring under a fixed UTF-8 locale, installed only for
   this thread and only for the call, gives the same answer whatever the process locale is
   (tests never call setlocale; the terminal front end does). */
static locale_t utf8_locale(void) {
    static __thread locale_t cached = (locale_t)0;
    if (cached == (locale_t)0) {
        cached = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    }
    return cached;
}

int lede_display_width(unsigned int scalar) {
    locale_t utf8 = utf8_locale();
    if (utf8 == (locale_t)0) {
        return wcwidth((wchar_t)scalar);
    }
    locale_t previous = uselocale(utf8);
    int width = wcwidth((wchar_t)scalar);
    uselocale(previous);
    return width;
}
