#ifndef BAOTERM_CCURSESSHIM_H
#define BAOTERM_CCURSESSHIM_H
/* Small C functions for ncurses macros and globals that Swift cannot use directly. */
int baoterm_lines(void);
int baoterm_cols(void);
#endif
