#include <valgrind/callgrind.h>
#include <valgrind/valgrind.h>
void vg_start(void) { CALLGRIND_ZERO_STATS; CALLGRIND_TOGGLE_COLLECT; }
void vg_stop(void) { CALLGRIND_TOGGLE_COLLECT; CALLGRIND_DUMP_STATS_AT("measured"); }
int vg_running(void) { return RUNNING_ON_VALGRIND; }
