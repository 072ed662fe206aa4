// ncursesw for Swift: wide-character declarations on, and the macros Swift cannot import
// (attributes, colour pairs, mouse masks, KEY_F, wcwidth) as small inline functions.
#ifndef LINKSCOPE_CNCURSES_SHIM_H
#define LINKSCOPE_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline attr_t ls_attr_bold(void) { return A_BOLD; }
static inline attr_t ls_attr_dim(void) { return A_DIM; }
static inline attr_t ls_attr_reverse(void) { return A_REVERSE; }
static inline attr_t ls_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t ls_attr_normal(void) { return A_NORMAL; }
static inline attr_t ls_color_pair(short pair) { return COLOR_PAIR(pair); }

static inline mmask_t ls_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t ls_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t ls_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t ls_button5_pressed(void) { return BUTTON5_PRESSED; }

static inline int ls_key_f(int n) { return KEY_F(n); }
static inline int ls_wcwidth(wchar_t c) { return wcwidth(c); }
static inline const char *ls_codeset(void) { return nl_langinfo(CODESET); }

#endif
