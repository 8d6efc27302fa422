/* Nothing to compile: the header declares libFuzzer's driver, linked by -sanitize=fuzzer. */
#include "CFuzzDriver.h"
