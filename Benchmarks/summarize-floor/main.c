// The C floor of the benchmark: what libyaml and libcmark, the C libraries under summarize, need for the same
// content with no Swift layer at all. Each mode reads its input file first and times only the library work, so
// the figure it prints is a floor that the tool's own figures are compared against.
//
//   summarize-floor versions         the library versions, one per line
//   summarize-floor yaml FILE        parses FILE with libyaml's event parser; prints "NANOSECONDS EVENTS"
//   summarize-floor cmark FILE       renders FILE with cmark_markdown_to_html; prints "NANOSECONDS HTML_BYTES"
//   summarize-floor measure PROGRAM [ARGUMENT...]
//                                    runs PROGRAM (its output discarded) and prints, as the last line,
//                                    "NANOSECONDS PEAK_KIB EXIT_STATUS": wall time from fork to exit, and its
//                                    ru_maxrss. Spawning through this small process matters on Linux: a child's
//                                    ru_maxrss starts from the peak memory of the process that spawned it, and the
//                                    benchmark runner itself grows to hundreds of megabytes.

#include <cmark.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <yaml.h>

static long long now_ns(void) {
    struct timespec time;
    clock_gettime(CLOCK_MONOTONIC, &time);
    return (long long)time.tv_sec * 1000000000LL + time.tv_nsec;
}

static unsigned char *read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (!file) { perror(path); exit(2); }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *bytes = malloc((size_t)size + 1);
    if (!bytes || fread(bytes, 1, (size_t)size, file) != (size_t)size) { perror(path); exit(2); }
    fclose(file);
    bytes[size] = 0;
    *length = (size_t)size;
    return bytes;
}

// Every event libyaml produces for the file, as summarize's composer asks for them; nothing is kept.
static int parse_yaml(const unsigned char *bytes, size_t length, long *events) {
    yaml_parser_t parser;
    yaml_event_t event;
    if (!yaml_parser_initialize(&parser)) return 0;
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
    yaml_parser_set_input_string(&parser, bytes, length);
    int done = 0;
    while (!done) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "libyaml: %s at line %zu\n", parser.problem, parser.problem_mark.line + 1);
            yaml_parser_delete(&parser);
            return 0;
        }
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        ++*events;
    }
    yaml_parser_delete(&parser);
    return 1;
}

static int measure(char **argv) {
    long long start = now_ns();
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); return 2; }
    if (pid == 0) {
        int null = open("/dev/null", O_RDWR);
        dup2(null, 0);
        dup2(null, 1);
        execv(argv[0], argv);
        perror(argv[0]);
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    while (wait4(pid, &status, 0, &usage) < 0) {}
    long long elapsed = now_ns() - start;
    int exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    printf("%lld %ld %d\n", elapsed, usage.ru_maxrss, exit_status);
    return exit_status;
}

int main(int argc, char **argv) {
    if (argc >= 3 && strcmp(argv[1], "measure") == 0) return measure(argv + 2);
    if (argc == 2 && strcmp(argv[1], "versions") == 0) {
        printf("libyaml %s\ncmark %s\n", yaml_get_version_string(), cmark_version_string());
        return 0;
    }
    if (argc != 3) {
        fprintf(stderr, "usage: summarize-floor versions | yaml FILE | cmark FILE | measure PROGRAM [ARGUMENT...]\n");
        return 64;
    }
    size_t length;
    unsigned char *bytes = read_file(argv[2], &length);
    if (strcmp(argv[1], "yaml") == 0) {
        long events = 0;
        long long start = now_ns();
        if (!parse_yaml(bytes, length, &events)) return 1;
        printf("%lld %ld\n", now_ns() - start, events);
    } else if (strcmp(argv[1], "cmark") == 0) {
        long long start = now_ns();
        // The same options as Sources/SummarizeCore/Markdown/CommonMark.swift.
        char *html = cmark_markdown_to_html((const char *)bytes, length, CMARK_OPT_VALIDATE_UTF8);
        long long elapsed = now_ns() - start;
        printf("%lld %zu\n", elapsed, strlen(html));
        free(html);
    } else {
        fprintf(stderr, "summarize-floor: unknown mode '%s'\n", argv[1]);
        return 64;
    }
    free(bytes);
    return 0;
}
