/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * libFuzzer target for the EAL command line: the input is cut at NUL
 * bytes into argv[1..], parsed by eal_parse_args() alone (nothing is
 * created or mapped), then the configuration is reset for the next
 * input. A crash, a sanitizer report or a leak is a finding; so is a
 * parse that claims more arguments than it was given.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>

#include "eal_core.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Bounds that keep each run short. */
#define FUZZ_MAX_ARGS 64
#define FUZZ_MAX_INPUT 4096

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *argv[FUZZ_MAX_ARGS + 2];
	char *buf, *p, *end;
	int argc = 0, i, ret;

	if (size > FUZZ_MAX_INPUT)
		return 0;
	/* One copy, NUL-terminated, that argv points into. */
	buf = malloc(size + 1);
	if (buf == NULL)
		return 0;
	memcpy(buf, data, size);
	buf[size] = '\0';
	argv[argc++] = (char *)(uintptr_t) "dpdk-fuzz";
	for (p = buf, end = buf + size; p <= end && argc <= FUZZ_MAX_ARGS;
		p += strlen(p) + 1)
		argv[argc++] = p;
	argv[argc] = NULL;

	/*
	 * --help and --log-level help print their text and exit, as DPDK
	 * does: not a finding.
	 */
	for (i = 1; i < argc; i++)
		if (strcmp(argv[i], "-h") == 0 ||
			strcmp(argv[i], "--help") == 0 ||
			strcmp(argv[i], "--log-level=help") == 0 ||
			(strcmp(argv[i], "--log-level") == 0 &&
				argv[i + 1] != NULL &&
				strcmp(argv[i + 1], "help") == 0)) {
			free(buf);
			return 0;
		}

	eal_reset_config();
	ret = eal_parse_args(argc, argv);
	if (ret >= argc)
		abort(); /* more arguments used than given */
	eal_reset_config();
	free(buf);
	return 0;
}
