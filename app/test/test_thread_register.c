/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * rte_thread_register: non-EAL threads get unique free lcore ids, run
 * out with ENOMEM, and give them back on unregister.
 */

#include <errno.h>
#include <pthread.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_lcore.h>

#include "test.h"

struct reg_thread {
	pthread_t t;
	int ret;
	int err;
	unsigned int lcore;
	enum rte_lcore_role_t role;
	int enabled;
};

static pthread_mutex_t gate_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gate_cond = PTHREAD_COND_INITIALIZER;
static int gate_open;
static pthread_barrier_t registered;

/* Register, report, hold the id until the gate opens, unregister. */
static void *
reg_thread_main(void *arg)
{
	struct reg_thread *r = arg;

	r->lcore = rte_lcore_id();
	r->ret = rte_thread_register();
	r->err = rte_errno;
	if (r->ret == 0) {
		r->lcore = rte_lcore_id();
		r->role = rte_eal_lcore_role(r->lcore);
		r->enabled = rte_lcore_is_enabled(r->lcore);
	}
	pthread_barrier_wait(&registered);
	pthread_mutex_lock(&gate_lock);
	while (!gate_open)
		pthread_cond_wait(&gate_cond, &gate_lock);
	pthread_mutex_unlock(&gate_lock);
	rte_thread_unregister();
	if (rte_lcore_id() != LCORE_ID_ANY)
		r->ret = -100;
	return NULL;
}

static int
start_one(struct reg_thread *r)
{
	memset(r, 0, sizeof(*r));
	if (pthread_create(&r->t, NULL, reg_thread_main, r) != 0)
		return -1;
	pthread_barrier_wait(&registered);
	return 0;
}

static void
open_gate(void)
{
	pthread_mutex_lock(&gate_lock);
	gate_open = 1;
	pthread_cond_broadcast(&gate_cond);
	pthread_mutex_unlock(&gate_lock);
}

static int
test_register_until_full(void)
{
	static struct reg_thread th[RTE_MAX_LCORE + 1];
	static uint8_t used[RTE_MAX_LCORE];
	unsigned int n, i, eal_count = rte_lcore_count(), started = 0;
	int rc = TEST_SUCCESS;

	gate_open = 0;
	pthread_barrier_init(&registered, NULL, 2);
	memset(used, 0, sizeof(used));
	RTE_LCORE_FOREACH(i)
		used[i] = 1;

	/* Main is an EAL thread already: registering is a no-op. */
	TEST_ASSERT_SUCCESS(rte_thread_register(), "EAL thread register");
	TEST_ASSERT_EQUAL(rte_lcore_count(), eal_count, "count changed");

	for (n = 0; n <= RTE_MAX_LCORE; n++) {
		if (start_one(&th[n]) < 0) {
			printf("pthread_create failed after %u threads\n", n);
			rc = TEST_FAILED;
			break;
		}
		started++;
		if (th[n].ret != 0)
			break;
		if (th[n].lcore >= RTE_MAX_LCORE || used[th[n].lcore] ||
			th[n].role != ROLE_NON_EAL || th[n].enabled) {
			printf("thread %u got lcore %u (role %d, enabled %d)\n",
				n, th[n].lcore, th[n].role, th[n].enabled);
			rc = TEST_FAILED;
			break;
		}
		used[th[n].lcore] = 1;
	}
	if (rc == TEST_SUCCESS) {
		if (n != RTE_MAX_LCORE - eal_count || th[n].ret != -1 ||
			th[n].err != ENOMEM) {
			printf("%u ids given (expected %u), last ret %d errno "
			       "%d\n",
				n, RTE_MAX_LCORE - eal_count, th[n].ret,
				th[n].err);
			rc = TEST_FAILED;
		} else if (rte_lcore_count() != RTE_MAX_LCORE) {
			printf("lcore count %u with every id taken\n",
				rte_lcore_count());
			rc = TEST_FAILED;
		}
	}

	open_gate();
	for (i = 0; i < started; i++) {
		pthread_join(th[i].t, NULL);
		if (th[i].ret == -100)
			rc = TEST_FAILED;
	}
	pthread_barrier_destroy(&registered);
	TEST_ASSERT_EQUAL(rc, TEST_SUCCESS, "registration round failed");
	TEST_ASSERT_EQUAL(rte_lcore_count(), eal_count,
		"ids not given back: count %u", rte_lcore_count());

	/* The freed ids can be taken again. */
	gate_open = 0;
	pthread_barrier_init(&registered, NULL, 2);
	TEST_ASSERT_SUCCESS(start_one(&th[0]), "thread");
	TEST_ASSERT_SUCCESS(th[0].ret, "register after release");
	TEST_ASSERT_EQUAL(rte_lcore_count(), eal_count + 1, "count");
	open_gate();
	pthread_join(th[0].t, NULL);
	pthread_barrier_destroy(&registered);
	TEST_ASSERT_EQUAL(rte_lcore_count(), eal_count, "count after");
	return TEST_SUCCESS;
}

static int
test_thread_register(void)
{
	return test_register_until_full();
}

REGISTER_TEST_COMMAND(thread_register_autotest, test_thread_register);
