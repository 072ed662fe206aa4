#include "terminal_guard.h"

#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved_modes;
static volatile sig_atomic_t have_modes;
static char reset_bytes[512];
static volatile size_t reset_length;
static atomic_int pending_stop;

static const int stop_signals[] = {SIGINT, SIGTERM, SIGHUP};
static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
static struct sigaction previous_stop[COUNT(stop_signals)];
static struct sigaction previous_crash[COUNT(crash_signals)];
static int stop_installed, crash_installed;
static void *alternate_stack;

void ltg_save_modes(void) {
    if (tcgetattr(STDIN_FILENO, &saved_modes) == 0) have_modes = 1;
}

void ltg_set_reset_bytes(const char *bytes, size_t length) {
    if (length > sizeof(reset_bytes)) length = sizeof(reset_bytes);
    memcpy(reset_bytes, bytes, length);
    reset_length = length;
}

void ltg_restore_now(void) {
    size_t done = 0;
    while (done < reset_length) {
        ssize_t n = write(STDOUT_FILENO, reset_bytes + done, reset_length - done);
        if (n > 0) done += (size_t)n;
        else if (n < 0 && errno == EINTR) continue;
        else break;
    }
    if (have_modes) tcsetattr(STDIN_FILENO, TCSANOW, &saved_modes);
}

static void on_stop(int signal) {
    int none = 0;
    if (!atomic_compare_exchange_strong(&pending_stop, &none, signal)) {
        ltg_restore_now();
        _exit(130);
    }
}

int ltg_pending_stop(void) { return atomic_load(&pending_stop); }

void ltg_install_stop_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_stop;
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: a blocked read returns, so the input loop sees the request.
    action.sa_flags = 0;
    for (size_t i = 0; i < COUNT(stop_signals); i++) sigaction(stop_signals[i], &action, &previous_stop[i]);
    stop_installed = 1;
}

static void on_crash(int signal) {
    ltg_restore_now();
    // SA_RESETHAND has put the default action back: the signal now ends the process.
    raise(signal);
}

void ltg_install_crash_handlers(void) {
    size_t size = 64 * 1024;
    alternate_stack = malloc(size);
    if (alternate_stack) {
        stack_t stack = {.ss_sp = alternate_stack, .ss_size = size, .ss_flags = 0};
        sigaltstack(&stack, NULL);
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_crash;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_ONSTACK;
    for (size_t i = 0; i < COUNT(crash_signals); i++) sigaction(crash_signals[i], &action, &previous_crash[i]);
    crash_installed = 1;
}

void ltg_remove_handlers(void) {
    if (crash_installed) {
        for (size_t i = 0; i < COUNT(crash_signals); i++) sigaction(crash_signals[i], &previous_crash[i], NULL);
        crash_installed = 0;
    }
    if (stop_installed) {
        for (size_t i = 0; i < COUNT(stop_signals); i++) sigaction(stop_signals[i], &previous_stop[i], NULL);
        stop_installed = 0;
    }
    if (alternate_stack) {
        stack_t off = {.ss_sp = NULL, .ss_size = 0, .ss_flags = SS_DISABLE};
        sigaltstack(&off, NULL);
        free(alternate_stack);
        alternate_stack = NULL;
    }
}
