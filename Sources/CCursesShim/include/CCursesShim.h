#ifndef BAOTERM_CCURSESSHIM_H
#define BAOTERM_CCURSESSHIM_H
/* Small C functions for what Swift cannot use from ncurses directly: macros (COLOR_PAIR,
   getmaxyx, attributes), cchar_t construction, key and mouse decoding, and signal flags. */
#include <wchar.h>

int baoterm_lines(void);
int baoterm_cols(void);

/* setlocale(LC_ALL, ""), then C.UTF-8 if that is not UTF-8. Returns 1 when the locale is UTF-8. */
int baoterm_setup_locale(void);
/* The codeset of the current locale, for error messages. */
const char *baoterm_codeset(void);

/* Whether the terminal can show the browser: 0 yes, 1 TERM unset or unknown to terminfo,
   2 no cursor addressing (TERM=dumb, a hardcopy or generic terminal). */
int baoterm_check_terminal(void);
/* Starts ncurses on the terminal. Returns 0 on failure, 1 without colours, 2 with colours.
   Also saves the terminal settings and installs handlers for SIGSEGV, SIGBUS, SIGILL, SIGTRAP,
   SIGABRT and SIGFPE that restore the terminal, then pass the signal on to its previous action. */
int baoterm_start(int want_color);
/* Restores the terminal and discards unread input. Safe to call more than once. */
void baoterm_stop(void);
/* Ctrl-Z: restores the terminal, stops the process group, and re-enters curses on SIGCONT. */
void baoterm_suspend(void);
/* Resumes after baoterm_stop (after running an external program). */
void baoterm_resume(void);
int baoterm_color_count(void);
void baoterm_init_pair(short pair, short fg, short bg);

/* Attribute flags for baoterm_put. */
#define BAOTERM_BOLD 1
#define BAOTERM_UNDERLINE 2
#define BAOTERM_REVERSE 4
#define BAOTERM_DIM 8

/* Draws one grapheme (up to 5 wide characters: base then combining marks) at (y, x) in the
   given pair with attribute flags; `width` is the columns the caller reserved for it. */
void baoterm_put(int y, int x, const wchar_t *wch, int count, int width, int flags, short pair);
void baoterm_refresh(void);
/* Forgets what is on the terminal so that the next refresh repaints everything. */
void baoterm_clear(void);
void baoterm_size(int *height, int *width);

/* Reads one key within the timeout set at start. Returns 0 for nothing, 1 for a character
   (in *code), 2 for a special key (translated into *code, see BAOTERM_KEY_*). */
int baoterm_read_key(int *code);
/* How long baoterm_read_key waits: 0 returns at once, 100 (the default) polls ten times a second. */
void baoterm_input_timeout(int milliseconds);
enum {
    BAOTERM_KEY_UNKNOWN = 0, BAOTERM_KEY_UP, BAOTERM_KEY_DOWN, BAOTERM_KEY_LEFT, BAOTERM_KEY_RIGHT,
    BAOTERM_KEY_PPAGE, BAOTERM_KEY_NPAGE, BAOTERM_KEY_HOME, BAOTERM_KEY_END, BAOTERM_KEY_BACKSPACE,
    BAOTERM_KEY_DC, BAOTERM_KEY_BTAB, BAOTERM_KEY_ENTER, BAOTERM_KEY_RESIZE, BAOTERM_KEY_MOUSE
};
/* After BAOTERM_KEY_MOUSE: 1 click, 2 wheel up, 3 wheel down, 0 other; position in y, x. */
int baoterm_mouse(int *y, int *x);

/* SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP and SIGCONT only set flags that the main loop polls. */
void baoterm_install_signals(void);
/* The signal received, or 0. */
int baoterm_pending_signal(void);
/* 1 once after SIGTSTP arrived from outside, else 0. */
int baoterm_take_suspend(void);
/* 1 once after SIGCONT arrived, else 0. */
int baoterm_take_continued(void);
/* Re-raises a signal with its default action, after the terminal has been restored. */
void baoterm_reraise(int sig);
#endif
