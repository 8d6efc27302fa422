#ifndef BAOTERM_CFUZZDRIVER_H
#define BAOTERM_CFUZZDRIVER_H
/* libFuzzer's entry point for a program that has its own main (every Swift executable does). */
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
#endif
