// Everything is in include/jixiao_utf8.h (static inline); SwiftPM wants one source file.
#include "jixiao_utf8.h"
