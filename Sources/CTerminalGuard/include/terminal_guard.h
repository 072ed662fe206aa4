// Putting the terminal back from inside a signal handler, where only async-signal-safe
// calls are allowed: the bytes and terminal modes are saved up front, and the handlers
// only write(2) and tcsetattr(3). Swift cannot give those guarantees (globals initialise
// lazily, closures may allocate), so this part is C.
#ifndef LINKSCOPE_TERMINAL_GUARD_H
#define LINKSCOPE_TERMINAL_GUARD_H
#include <stddef.h>

/// Saves the terminal's modes as they are now (before the screen starts).
void ltg_save_modes(void);
/// Keeps the bytes that undo the screen (leave the alternate screen, show the cursor…).
void ltg_set_reset_bytes(const char *bytes, size_t length);
/// Writes the reset bytes and restores the saved modes. Async-signal-safe.
void ltg_restore_now(void);

/// SIGINT, SIGTERM and SIGHUP record a stop request for the input loop; a second one
/// before the first is handled restores the terminal and exits 130 at once.
void ltg_install_stop_handlers(void);
/// The signal that asked to stop, or 0.
int ltg_pending_stop(void);

/// Crash signals restore the terminal, then kill the process as before; the handlers run
/// on their own stack, so a stack overflow can run them too.
void ltg_install_crash_handlers(void);
/// Puts back the handlers that were there before, once the screen is closed.
void ltg_remove_handlers(void);

#endif
