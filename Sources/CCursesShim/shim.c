#define _GNU_SOURCE 1
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <termios.h>
#include <unistd.h>
#include "CCursesShim.h"

static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t suspend_requested = 0;
static volatile sig_atomic_t continued = 0;
static SCREEN *screen = NULL;
static int started = 0;

/* What a crash handler needs to give the terminal back, prepared at start because a handler may
   only call async-signal-safe functions (write, tcsetattr, sigaction, raise). */
static volatile sig_atomic_t screen_shown = 0;
static struct termios saved_termios;
static int saved_termios_valid = 0;
static int tty_fd = -1;
static char restore_bytes[512];
static size_t restore_length = 0;

static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
#define CRASH_SIGNAL_COUNT (sizeof crash_signals / sizeof crash_signals[0])
static struct sigaction previous_crash_actions[CRASH_SIGNAL_COUNT];
static int crash_handlers_installed = 0;

static void append_restore(const char *bytes, size_t length) {
    if (restore_length + length > sizeof restore_bytes) return;
    memcpy(restore_bytes + restore_length, bytes, length);
    restore_length += length;
}

static int append_restore_char(int ch) {
    char c = (char)ch;
    append_restore(&c, 1);
    return ch;
}

/* Appends a terminfo string capability with its padding expanded, when the terminal has it. */
static void append_capability(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return;
    tputs(value, 1, append_restore_char);
}

/* The bytes that undo what the browser turned on: mouse reporting, attributes, hidden cursor,
   keypad mode and the alternate screen (left last, so the shell's screen comes back). */
static void prepare_restore_bytes(void) {
    restore_length = 0;
    static const char mouse_off[] = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l";
    append_restore(mouse_off, sizeof mouse_off - 1);
    append_capability("sgr0");
    append_capability("cnorm");
    append_capability("rmkx");
    append_capability("rmcup");
}

static void on_crash(int sig, siginfo_t *info, void *context) {
    (void)context;
    if (screen_shown) {
        screen_shown = 0;
        if (tty_fd >= 0) {
            size_t done = 0;
            while (done < restore_length) {
                ssize_t n = write(tty_fd, restore_bytes + done, restore_length - done);
                if (n <= 0) break;
                done += (size_t)n;
            }
            if (saved_termios_valid) tcsetattr(tty_fd, TCSANOW, &saved_termios);
        }
        /* Keys typed but not read must not reach the shell as a command line. */
        tcflush(STDIN_FILENO, TCIFLUSH);
    }
    /* Hand the signal to whoever had it before (the default action, or the Swift runtime's crash
       reporter). A fault raised by the kernel happens again when the handler returns, with its
       original context; a signal sent by kill or abort has to be raised again. */
    for (size_t i = 0; i < CRASH_SIGNAL_COUNT; i++) {
        if (crash_signals[i] == sig) { sigaction(sig, &previous_crash_actions[i], NULL); break; }
    }
    if (info == NULL || info->si_code <= 0) {
        raise(sig);
        /* The previous handler returned (the Swift runtime's does, expecting a fault to repeat):
           a fatal signal sent to the process still ends it, with the default action. */
        struct sigaction fallback;
        memset(&fallback, 0, sizeof fallback);
        fallback.sa_handler = SIG_DFL;
        sigemptyset(&fallback.sa_mask);
        sigaction(sig, &fallback, NULL);
        raise(sig);
    }
}

/* Installs the crash handlers once, on an alternate stack so that a stack overflow is handled too. */
static void install_crash_handlers(void) {
    if (crash_handlers_installed) return;
    crash_handlers_installed = 1;
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        /* Kept for the life of the process: the handler may run at any time. */
        size_t size = SIGSTKSZ > 65536 ? SIGSTKSZ : 65536;
        void *memory = malloc(size);
        if (memory) {
            stack_t alternate;
            memset(&alternate, 0, sizeof alternate);
            alternate.ss_sp = memory;
            alternate.ss_size = size;
            if (sigaltstack(&alternate, NULL) != 0) free(memory);
        }
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_crash;
    sigemptyset(&action.sa_mask);
    /* SA_NODEFER: the signal raised again from the handler is delivered at once, not on return. */
    action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND | SA_NODEFER;
    for (size_t i = 0; i < CRASH_SIGNAL_COUNT; i++) {
        sigaction(crash_signals[i], &action, &previous_crash_actions[i]);
    }
}

int baoterm_lines(void) { return LINES; }
int baoterm_cols(void) { return COLS; }

static int codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "utf8") == 0);
}

int baoterm_setup_locale(void) {
    if (setlocale(LC_ALL, "") && codeset_is_utf8()) return 1;
    if (setlocale(LC_ALL, "C.UTF-8") && codeset_is_utf8()) return 1;
    if (setlocale(LC_ALL, "C.utf8") && codeset_is_utf8()) return 1;
    setlocale(LC_ALL, "");
    return 0;
}

const char *baoterm_codeset(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs ? cs : "unknown";
}

int baoterm_check_terminal(void) {
    const char *term = getenv("TERM");
    if (term == NULL || *term == '\0') return 1;
    int error = 0;
    if (setupterm(NULL, isatty(STDOUT_FILENO) ? STDOUT_FILENO : STDIN_FILENO, &error) != OK) return 1;
    char *cup = tigetstr("cup");
    int hardcopy = tigetflag("hc") > 0;
    int generic = tigetflag("gn") > 0;
    del_curterm(cur_term);
    if (cup == NULL || cup == (char *)-1 || hardcopy || generic) return 2;
    return 0;
}

int baoterm_start(int want_color) {
    if (started) return 1;
    tty_fd = isatty(STDOUT_FILENO) ? STDOUT_FILENO : STDIN_FILENO;
    saved_termios_valid = tcgetattr(tty_fd, &saved_termios) == 0;
    screen = newterm(NULL, stdout, stdin);
    if (!screen) return 0;
    set_term(screen);
    prepare_restore_bytes();
    install_crash_handlers();
    started = 1;
    screen_shown = 1;
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    curs_set(0);
    set_escdelay(25);
    timeout(100);
    mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
    if (want_color && has_colors()) {
        start_color();
        use_default_colors();
        return 2;
    }
    return 1;
}

void baoterm_stop(void) {
    if (!started) return;
    started = 0;
    screen_shown = 0;
    endwin();
    fflush(stdout);
    /* Bytes still waiting in the terminal (the rest of a paste, keys typed during a refresh)
       were meant for the browser: discarded, so that the shell never runs them. */
    tcflush(STDIN_FILENO, TCIFLUSH);
}

void baoterm_suspend(void) {
    if (!started) return;
    baoterm_stop();
    /* Stop the way the terminal would have stopped us (raw mode turned Ctrl-Z into a key): the
       whole process group, with the default action, until the shell's fg sends SIGCONT. */
    struct sigaction default_action, ours;
    memset(&default_action, 0, sizeof default_action);
    default_action.sa_handler = SIG_DFL;
    sigemptyset(&default_action.sa_mask);
    sigaction(SIGTSTP, &default_action, &ours);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    kill(0, SIGTSTP);
    sigaction(SIGTSTP, &ours, NULL);
    continued = 0;
    baoterm_resume();
}

void baoterm_resume(void) {
    if (started || !screen) return;
    started = 1;
    screen_shown = 1;
    reset_prog_mode();
    clearok(curscr, TRUE);
    refresh();
}

int baoterm_color_count(void) { return COLORS; }

void baoterm_init_pair(short pair, short fg, short bg) { init_pair(pair, fg, bg); }

void baoterm_put(int y, int x, const wchar_t *wch, int count, int width, int flags, short pair) {
    wchar_t text[CCHARW_MAX + 1];
    int n = count < CCHARW_MAX ? count : CCHARW_MAX;
    if (n < 1) { text[0] = L' '; n = 1; } else { memcpy(text, wch, (size_t)n * sizeof(wchar_t)); }
    text[n] = L'\0';
    attr_t attrs = A_NORMAL;
    if (flags & BAOTERM_BOLD) attrs |= A_BOLD;
    if (flags & BAOTERM_UNDERLINE) attrs |= A_UNDERLINE;
    if (flags & BAOTERM_REVERSE) attrs |= A_REVERSE;
    if (flags & BAOTERM_DIM) attrs |= A_DIM;
    /* What ncurses thinks of the width decides the cursor; a mismatch must not shift later cells. */
    if (wcwidth(text[0]) < 0) { text[0] = 0xFFFD; text[1] = L'\0'; }
    cchar_t cell;
    setcchar(&cell, text, attrs, pair, NULL);
    mvadd_wch(y, x, &cell);
    if (width == 2 && wcwidth(text[0]) < 2) {
        cchar_t blank;
        wchar_t space[2] = { L' ', L'\0' };
        setcchar(&blank, space, attrs, pair, NULL);
        mvadd_wch(y, x + 1, &blank);
    }
}

void baoterm_refresh(void) { refresh(); }

void baoterm_clear(void) { clearok(curscr, TRUE); erase(); }

void baoterm_size(int *height, int *width) {
    int h = 0, w = 0;
    getmaxyx(stdscr, h, w);
    *height = h;
    *width = w;
}

void baoterm_input_timeout(int milliseconds) { timeout(milliseconds); }

int baoterm_read_key(int *code) {
    wint_t ch = 0;
    int r = get_wch(&ch);
    if (r == ERR) return 0;
    if (r == KEY_CODE_YES) {
        switch (ch) {
        case KEY_UP: *code = BAOTERM_KEY_UP; break;
        case KEY_DOWN: *code = BAOTERM_KEY_DOWN; break;
        case KEY_LEFT: *code = BAOTERM_KEY_LEFT; break;
        case KEY_RIGHT: *code = BAOTERM_KEY_RIGHT; break;
        case KEY_PPAGE: *code = BAOTERM_KEY_PPAGE; break;
        case KEY_NPAGE: *code = BAOTERM_KEY_NPAGE; break;
        case KEY_HOME: *code = BAOTERM_KEY_HOME; break;
        case KEY_END: *code = BAOTERM_KEY_END; break;
        case KEY_BACKSPACE: *code = BAOTERM_KEY_BACKSPACE; break;
        case KEY_DC: *code = BAOTERM_KEY_DC; break;
        case KEY_BTAB: *code = BAOTERM_KEY_BTAB; break;
        case KEY_ENTER: *code = BAOTERM_KEY_ENTER; break;
        case KEY_RESIZE: *code = BAOTERM_KEY_RESIZE; break;
        case KEY_MOUSE: *code = BAOTERM_KEY_MOUSE; break;
        default: *code = BAOTERM_KEY_UNKNOWN; break;
        }
        return 2;
    }
    *code = (int)ch;
    return 1;
}

int baoterm_mouse(int *y, int *x) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *y = event.y;
    *x = event.x;
    if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 2;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return 3;
#endif
    return 0;
}

static void on_signal(int sig) { pending_signal = sig; }
static void on_suspend(int sig) { (void)sig; suspend_requested = 1; }
static void on_continue(int sig) { (void)sig; continued = 1; }

void baoterm_install_signals(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    /* No SA_RESTART: a blocked read returns so that the loop sees the flag at once. */
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    sigaction(SIGQUIT, &action, NULL);
    /* SIGTSTP from outside (kill -TSTP) suspends like Ctrl-Z; SIGCONT after a stop the browser
       did not arrange (SIGSTOP) asks for a full redraw. */
    action.sa_handler = on_suspend;
    sigaction(SIGTSTP, &action, NULL);
    action.sa_handler = on_continue;
    sigaction(SIGCONT, &action, NULL);
}

int baoterm_pending_signal(void) { return (int)pending_signal; }

int baoterm_take_suspend(void) {
    int requested = suspend_requested;
    suspend_requested = 0;
    return requested;
}

int baoterm_take_continued(void) {
    int value = continued;
    continued = 0;
    return value;
}

void baoterm_reraise(int sig) {
    signal(sig, SIG_DFL);
    raise(sig);
}
