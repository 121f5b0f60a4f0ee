/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The runtime directory (<base>/dpdk/<file prefix>): its path, making
 * it (primary), checking it (secondary) and removing it at cleanup.
 */

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_log.h>

#include "eal_internal_cfg.h"
#include "eal_memcfg.h"
#include "eal_private.h"

static char runtime_dir[PATH_MAX];
static int runtime_dir_created;

const char *
rte_eal_get_runtime_dir(void)
{
	return runtime_dir;
}

const char *
eal_runtime_path(char *buf, size_t len, const char *name)
{
	snprintf(buf, len, "%s/%s", runtime_dir, name);
	return buf;
}

/* Create one level of the path, 0700; an existing folder must be ours. */
static int
make_dir(const char *path)
{
	struct stat st;

	if (mkdir(path, 0700) == 0)
		return 1;
	if (errno != EEXIST) {
		RTE_LOG(ERR, EAL, "cannot create runtime dir %s: %s\n", path,
			strerror(errno));
		return -1;
	}
	if (lstat(path, &st) < 0 || !S_ISDIR(st.st_mode)) {
		RTE_LOG(ERR, EAL, "runtime dir %s is not a directory\n", path);
		errno = ENOTDIR;
		return -1;
	}
	if (st.st_uid != geteuid()) {
		RTE_LOG(ERR, EAL, "runtime dir %s is owned by uid %u, not %u\n",
			path, (unsigned int)st.st_uid, (unsigned int)geteuid());
		errno = EACCES;
		return -1;
	}
	if ((st.st_mode & 07777) != 0700 && chmod(path, 0700) < 0) {
		RTE_LOG(ERR, EAL, "cannot chmod %s: %s\n", path,
			strerror(errno));
		return -1;
	}
	return 0;
}

/*
 * The runtime directory's parent (<base>/dpdk) into parent; -1 with
 * rte_errno EINVAL before the runtime directory is known.
 */
static int
runtime_parent(char *parent, size_t len)
{
	char *slash;

	if (runtime_dir[0] == '\0') {
		rte_errno = EINVAL;
		return -1;
	}
	snprintf(parent, len, "%s", runtime_dir);
	slash = strrchr(parent, '/');
	if (slash != NULL)
		*slash = '\0';
	return 0;
}

int
eal_runtime_dir_ensure(void)
{
	char parent[PATH_MAX];
	int ret;

	if (runtime_parent(parent, sizeof(parent)) < 0)
		return -1;
	/* <base>/dpdk is shared by every prefix: keep it, 0700. */
	if (mkdir(parent, 0700) < 0 && errno != EEXIST) {
		RTE_LOG(ERR, EAL, "cannot create %s: %s\n", parent,
			strerror(errno));
		rte_errno = errno;
		return -1;
	}
	ret = make_dir(runtime_dir);
	if (ret < 0) {
		rte_errno = errno;
		return -1;
	}
	if (ret == 1)
		runtime_dir_created = 1;
	return 0;
}

/* One level of the path: not a symlink, a directory, ours, 0700. */
static int
check_level(const char *path, int need_private)
{
	struct stat st;

	if (lstat(path, &st) < 0) {
		if (errno == ENOENT)
			return 0; /* no primary: the caller says so */
		RTE_LOG(ERR, EAL, "cannot stat %s: %s\n", path,
			strerror(errno));
		rte_errno = errno;
		return -1;
	}
	if (S_ISLNK(st.st_mode) || !S_ISDIR(st.st_mode)) {
		RTE_LOG(ERR, EAL, "runtime dir %s is %s: refusing it\n", path,
			S_ISLNK(st.st_mode) ? "a symlink" : "not a directory");
		rte_errno = ENOTDIR;
		return -1;
	}
	if (st.st_uid != geteuid() ||
		(need_private && (st.st_mode & 07777) != 0700)) {
		RTE_LOG(ERR, EAL,
			"runtime dir %s: owner uid %u, mode %o (want uid %u, "
			"0700): refusing it\n",
			path, (unsigned int)st.st_uid,
			(unsigned int)(st.st_mode & 07777),
			(unsigned int)geteuid());
		rte_errno = EACCES;
		return -1;
	}
	return 0;
}

int
eal_runtime_dir_check(void)
{
	char parent[PATH_MAX];

	if (runtime_parent(parent, sizeof(parent)) < 0)
		return -1;
	if (check_level(parent, 0) < 0)
		return -1;
	return check_level(runtime_dir, 1);
}

void
eal_runtime_dir_remove(void)
{
	/* Fails harmlessly while other files (a user's) remain. */
	if (runtime_dir[0] != '\0')
		rmdir(runtime_dir);
	runtime_dir_created = 0;
}

int
eal_runtime_dir_create(void)
{
	struct internal_config *cfg = eal_get_internal_configuration();
	const char *prefix = cfg->file_prefix[0] != '\0' ? cfg->file_prefix
							 : EAL_DEFAULT_PREFIX;
	const char *base;
	int n;

	if (strchr(prefix, '/') != NULL || strcmp(prefix, ".") == 0 ||
		strcmp(prefix, "..") == 0) {
		RTE_LOG(ERR, EAL, "invalid --file-prefix '%s'\n", prefix);
		rte_errno = EINVAL;
		return -1;
	}
	if (geteuid() == 0) {
		base = "/var/run";
	} else {
		base = getenv("XDG_RUNTIME_DIR");
		if (base == NULL || base[0] == '\0')
			base = "/tmp";
	}
	n = snprintf(
		runtime_dir, sizeof(runtime_dir), "%s/dpdk/%s", base, prefix);
	if (n < 0 || (size_t)n >= sizeof(runtime_dir)) {
		RTE_LOG(ERR, EAL, "runtime dir path too long\n");
		runtime_dir[0] = '\0';
		rte_errno = ENAMETOOLONG;
		return -1;
	}
	/*
	 * Only a known primary creates it now; a secondary must find it,
	 * and --proc-type auto decides in eal_memory_init. --in-memory
	 * leaves no trace at all.
	 */
	if (cfg->in_memory || cfg->process_type != RTE_PROC_PRIMARY)
		return 0;
	return eal_runtime_dir_ensure();
}
