// Everything is in include/jixiao_memory.h (static inline); SwiftPM wants one source file.
#include "jixiao_memory.h"
