#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include "CCursesShim.h"

int baoterm_lines(void) { return LINES; }
int baoterm_cols(void) { return COLS; }
