/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Driver and -d plugins: shared objects loaded once memory and tailqs
 * exist, so their constructors can register handlers and log types.
 * The compiled-in driver directory (RTE_EAL_PMD_PATH) comes first, then
 * the -d files and folders in command-line order. A plugin whose
 * registration fails reports it through rte_eal_plugin_error_report(),
 * which fails rte_eal_init; rte_eal_plugin_provider() names the file a
 * piece of code came from, for log lines about conflicting providers.
 */

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <elf.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_string_fns.h>

#include "eal_core.h"

static char *plugin_args[RTE_MAX_PLUGINS];
static unsigned int plugin_nargs;

/* Set while a plugin's constructors run. */
static int plugin_loading;
static int plugin_errors;
static int plugin_first_error;
/* Path of the plugin being loaded (valid while plugin_loading is set). */
static const char *plugin_current;

/*
 * Every plugin loaded so far, newest first. Plugins are never unloaded,
 * so nodes are never freed; readers walk the list without a lock.
 */
struct loaded_plugin {
	struct loaded_plugin *next;
	char path[];
};
static struct loaded_plugin *plugins_loaded;

static void
plugin_remember(const char *path)
{
	size_t len = strlen(path) + 1;
	struct loaded_plugin *p = malloc(sizeof(*p) + len);

	if (p == NULL)
		return; /* only log lines lose the file name */
	memcpy(p->path, path, len);
	p->next = __atomic_load_n(&plugins_loaded, __ATOMIC_RELAXED);
	__atomic_store_n(&plugins_loaded, p, __ATOMIC_RELEASE);
}

const char *
rte_eal_plugin_provider(const void *code, char *buf, size_t len)
{
	const struct loaded_plugin *p;
	const char *name = "built-in";
	Dl_info info;

	if (buf == NULL || len == 0)
		return "built-in";
	if (code == NULL) {
		if (__atomic_load_n(&plugin_loading, __ATOMIC_ACQUIRE) &&
			plugin_current != NULL)
			name = plugin_current;
	} else if (dladdr(code, &info) != 0 && info.dli_fname != NULL) {
		for (p = __atomic_load_n(&plugins_loaded, __ATOMIC_ACQUIRE);
			p != NULL; p = p->next)
			if (strcmp(p->path, info.dli_fname) == 0) {
				name = p->path;
				break;
			}
		/* Code of the plugin whose constructors run right now. */
		if (p == NULL &&
			__atomic_load_n(&plugin_loading, __ATOMIC_ACQUIRE) &&
			plugin_current != NULL &&
			strcmp(plugin_current, info.dli_fname) == 0)
			name = plugin_current;
	}
	rte_strlcpy(buf, name, len);
	return buf;
}

void
rte_eal_plugin_error_report(int err)
{
	if (err < 0)
		err = -err;
	if (!__atomic_load_n(&plugin_loading, __ATOMIC_ACQUIRE))
		return;
	if (__atomic_fetch_add(&plugin_errors, 1, __ATOMIC_ACQ_REL) == 0)
		__atomic_store_n(&plugin_first_error, err, __ATOMIC_RELAXED);
}

int
eal_plugin_add(const char *path)
{
	if (plugin_nargs >= RTE_MAX_PLUGINS)
		return -1;
	plugin_args[plugin_nargs] = strdup(path);
	if (plugin_args[plugin_nargs] == NULL)
		return -1;
	plugin_nargs++;
	return 0;
}

void
eal_plugins_reset(void)
{
	unsigned int i;

	for (i = 0; i < plugin_nargs; i++) {
		free(plugin_args[i]);
		plugin_args[i] = NULL;
	}
	plugin_nargs = 0;
}

/*
 * Mempool handler names a plugin announces in its PMD_INFO_STRING
 * descriptions (embedded by buildtools/pmdinfogen.py in .rodata), read
 * from the file before dlopen so that two plugins providing one name
 * are reported with both file names. Nodes live as long as the process.
 */
struct announced {
	struct announced *next;
	const char *plugin; /* a loaded_plugin path or a strdup'd one */
	char name[64];
};
static struct announced *announced_names;

#define PMD_INFO_PREFIX "PMD_INFO_STRING="

/* The "name" of one JSON description, if it describes a handler. */
static int
info_handler_name(const char *json, size_t len, char *name, size_t size)
{
	const char *key = "\"name\": \"", *p, *q;
	char buf[512];

	snprintf(buf, sizeof(buf), "%.*s", (int)len, json);
	if (strstr(buf, "\"type\": \"mempool_handler\"") == NULL)
		return -1;
	p = strstr(buf, key);
	if (p == NULL)
		return -1;
	p += strlen(key);
	q = strchr(p, '"');
	if (q == NULL || (size_t)(q - p) >= size)
		return -1;
	memcpy(name, p, q - p);
	name[q - p] = '\0';
	return 0;
}

/* Call fn for each handler name in the .rodata of an ELF64 file. */
static void
plugin_scan_names(
	const char *path, void (*fn)(const char *name, const char *path))
{
	const Elf64_Ehdr *eh;
	const Elf64_Shdr *sh;
	struct stat sb;
	const char *base, *strtab;
	void *map;
	int fd, i;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	if (fstat(fd, &sb) != 0 || (size_t)sb.st_size < sizeof(*eh)) {
		close(fd);
		return;
	}
	map = mmap(NULL, sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED)
		return;
	base = map;
	eh = map;
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 ||
		eh->e_ident[EI_CLASS] != ELFCLASS64 ||
		eh->e_shentsize != sizeof(Elf64_Shdr) ||
		eh->e_shoff + (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr) >
			(uint64_t)sb.st_size ||
		eh->e_shstrndx >= eh->e_shnum)
		goto out;
	sh = (const Elf64_Shdr *)(base + eh->e_shoff);
	if (sh[eh->e_shstrndx].sh_offset >= (uint64_t)sb.st_size)
		goto out;
	strtab = base + sh[eh->e_shstrndx].sh_offset;
	for (i = 0; i < eh->e_shnum; i++) {
		const char *data, *p, *end;

		if (sh[i].sh_name >= sh[eh->e_shstrndx].sh_size ||
			strcmp(strtab + sh[i].sh_name, ".rodata") != 0 ||
			sh[i].sh_type != SHT_PROGBITS ||
			sh[i].sh_offset + sh[i].sh_size > (uint64_t)sb.st_size)
			continue;
		data = base + sh[i].sh_offset;
		end = data + sh[i].sh_size;
		for (p = data; p < end;) {
			const char *hit = memmem(p, end - p, PMD_INFO_PREFIX,
				strlen(PMD_INFO_PREFIX));
			const char *stop;
			char name[64];

			if (hit == NULL)
				break;
			hit += strlen(PMD_INFO_PREFIX);
			stop = memchr(hit, '\0', end - hit);
			if (stop == NULL)
				stop = end;
			if (info_handler_name(
				    hit, stop - hit, name, sizeof(name)) == 0)
				fn(name, path);
			p = stop;
		}
	}
out:
	munmap(map, sb.st_size);
}

/* Warn when an earlier plugin announced the same handler name. */
static void
plugin_announce(const char *name, const char *path)
{
	struct announced *a;

	for (a = announced_names; a != NULL; a = a->next)
		if (strcmp(a->name, name) == 0 &&
			strcmp(a->plugin, path) != 0) {
			RTE_LOG(WARNING, EAL,
				"plugins %s and %s both provide mempool "
				"handler %s: the later registration is "
				"refused\n",
				a->plugin, path, name);
			return;
		}
	a = malloc(sizeof(*a));
	if (a == NULL)
		return;
	a->plugin = strdup(path);
	if (a->plugin == NULL) {
		free(a);
		return;
	}
	rte_strlcpy(a->name, name, sizeof(a->name));
	a->next = announced_names;
	announced_names = a;
}

static int
load_one(const char *path)
{
	void *handle;
	int errs;

	RTE_LOG(INFO, EAL, "loading driver %s\n", path);
	plugin_scan_names(path, plugin_announce);
	__atomic_store_n(&plugin_errors, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&plugin_first_error, 0, __ATOMIC_RELAXED);
	plugin_current = path;
	__atomic_store_n(&plugin_loading, 1, __ATOMIC_RELEASE);
	handle = dlopen(path, RTLD_NOW | RTLD_GLOBAL);
	__atomic_store_n(&plugin_loading, 0, __ATOMIC_RELEASE);
	plugin_current = NULL;
	if (handle != NULL)
		plugin_remember(path);

	if (handle == NULL) {
		fprintf(stderr, "EAL: cannot load plugin %s: %s\n", path,
			dlerror());
		rte_errno = ENOENT;
		return -1;
	}
	errs = __atomic_load_n(&plugin_errors, __ATOMIC_ACQUIRE);
	if (errs > 0) {
		int err =
			__atomic_load_n(&plugin_first_error, __ATOMIC_RELAXED);

		/* Its code may be referenced now: keep it mapped. */
		fprintf(stderr,
			"EAL: plugin %s failed to register (%d error%s, "
			"first: %s)\n",
			path, errs, errs > 1 ? "s" : "",
			err ? strerror(err) : "unknown");
		rte_errno = err ? err : EINVAL;
		return -1;
	}
	RTE_LOG(DEBUG, EAL, "loaded plugin %s\n", path);
	return 0;
}

static int
name_is_so(const char *name)
{
	size_t len = strlen(name);

	return len > 3 && strcmp(name + len - 3, ".so") == 0;
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every *.so in a folder, in name order so loading is reproducible. */
static int
load_dir(const char *dir)
{
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	int ret = 0;
	DIR *d;

	d = opendir(dir);
	if (d == NULL) {
		fprintf(stderr, "EAL: cannot open plugin folder %s: %s\n", dir,
			strerror(errno));
		rte_errno = errno;
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		if (!name_is_so(e->d_name))
			continue;
		if (n == cap) {
			char **nn;

			cap = cap ? cap * 2 : 16;
			nn = realloc(names, cap * sizeof(*names));
			if (nn == NULL) {
				ret = -1;
				break;
			}
			names = nn;
		}
		names[n] = strdup(e->d_name);
		if (names[n] == NULL) {
			ret = -1;
			break;
		}
		n++;
	}
	closedir(d);
	if (ret < 0) {
		fprintf(stderr, "EAL: out of memory reading %s\n", dir);
		rte_errno = ENOMEM;
	} else if (n > 1) {
		/* qsort must not see the NULL array of an empty folder. */
		qsort(names, n, sizeof(*names), cmp_names);
	}
	for (i = 0; i < n; i++) {
		char path[PATH_MAX];

		if (ret == 0) {
			snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
			ret = load_one(path);
		}
		free(names[i]);
	}
	free(names);
	return ret;
}

/* Whether this EAL is librte_eal.so (not linked into the program). */
static int
eal_is_shared_library(void)
{
	Dl_info info;
	const char *base;

	if (dladdr(&plugin_loading, &info) == 0 || info.dli_fname == NULL)
		return 0;
	base = strrchr(info.dli_fname, '/');
	base = base != NULL ? base + 1 : info.dli_fname;
	return strncmp(base, "librte_eal.so", 13) == 0;
}

/*
 * The compiled-in driver directory, as DPDK loads it: only when the
 * EAL itself is a shared library (a static program has its drivers
 * linked in, and a driver .so would pull a second copy of every
 * library into it), and a directory that does not exist is no error.
 */
static int
load_default_dir(void)
{
	const char *dir = RTE_EAL_PMD_PATH;
	struct stat sb;

	if (dir[0] == '\0')
		return 0;
	if (!eal_is_shared_library()) {
		RTE_LOG(DEBUG, EAL, "static EAL: not loading drivers from %s\n",
			dir);
		return 0;
	}
	if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
		RTE_LOG(DEBUG, EAL, "no driver directory %s\n", dir);
		return 0;
	}
	return load_dir(dir);
}

int
eal_plugins_init(void)
{
	unsigned int i;

	if (load_default_dir() < 0)
		return -1;
	for (i = 0; i < plugin_nargs; i++) {
		struct stat sb;
		int ret;

		if (stat(plugin_args[i], &sb) != 0) {
			fprintf(stderr, "EAL: cannot load plugin %s: %s\n",
				plugin_args[i], strerror(errno));
			rte_errno = ENOENT;
			return -1;
		}
		if (S_ISDIR(sb.st_mode))
			ret = load_dir(plugin_args[i]);
		else
			ret = load_one(plugin_args[i]);
		if (ret < 0)
			return -1;
	}
	return 0;
}
