#ifndef BAOTERM_CNCURSESW_SHIM_H
#define BAOTERM_CNCURSESW_SHIM_H
/* The wide-character ncurses API (cchar_t, mvaddwstr, get_wch) exists only with these defined. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#endif
