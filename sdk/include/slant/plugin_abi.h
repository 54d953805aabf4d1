/* The C boundary between the slant host and a scoring plugin.
 * Plain structs, pointer + length strings, no exceptions: stable across compilers. */
#ifndef SLANT_PLUGIN_ABI_H
#define SLANT_PLUGIN_ABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ABI policy (docs/plugin-guide.md): fields are only ever appended to a struct, which bumps the
 * minor version; anything else (removal, reordering, changed meaning) bumps the major version.
 * The host refuses another major, and a newer minor than its own. */
#define SLANT_ABI_MAJOR 1
#define SLANT_ABI_MINOR 0

/* The one symbol a plugin exports. */
#define SLANT_PLUGIN_ENTRY_NAME "slant_plugin_entry"

#if defined(_WIN32)
#define SLANT_PLUGIN_EXPORT __declspec(dllexport)
#else
#define SLANT_PLUGIN_EXPORT __attribute__((visibility("default")))
#endif

/* UTF-8 text, not necessarily NUL-terminated. */
typedef struct slant_str {
  const char* data;
  size_t size;
} slant_str;

/* A half-open byte range [begin, end) into the article text. */
typedef struct slant_span {
  uint32_t begin;
  uint32_t end;
} slant_span;

typedef enum slant_token_kind {
  SLANT_TOKEN_WORD = 0,
  SLANT_TOKEN_NUMBER = 1,
  SLANT_TOKEN_PUNCT = 2,
  SLANT_TOKEN_SYMBOL = 3
} slant_token_kind;

/* Token flags. */
#define SLANT_TOKEN_CAPITALIZED 0x1u  /* first letter upper case */
#define SLANT_TOKEN_ALL_CAPS 0x2u     /* every letter upper case, at least two letters */
#define SLANT_TOKEN_SENTENCE_START 0x4u
#define SLANT_TOKEN_IN_QUOTE 0x8u     /* inside the content of a direct-quote region */
#define SLANT_TOKEN_QUOTE_MARK 0x10u  /* the token is an opening or closing quotation mark */

typedef struct slant_token {
  uint32_t begin;
  uint32_t end;
  slant_str lower;   /* lower-cased form, owned by the host */
  uint32_t sentence; /* index into sentences */
  uint8_t kind;      /* slant_token_kind */
  uint8_t flags;     /* SLANT_TOKEN_* */
  uint16_t reserved;
} slant_token;

typedef struct slant_sentence {
  uint32_t begin;
  uint32_t end;
  uint32_t first_token;
  uint32_t token_count;
  uint32_t paragraph;
} slant_sentence;

typedef struct slant_paragraph {
  uint32_t begin;
  uint32_t end;
  uint32_t first_sentence;
  uint32_t sentence_count;
} slant_paragraph;

/* A direct quotation. [begin, end) includes the marks; [content_begin, content_end) does not.
 * An unclosed quote ends at the end of its paragraph (or of the quote that runs on into the next
 * paragraph's opening mark) and has closed == 0. depth 0 is outermost. */
typedef struct slant_quote {
  uint32_t begin;
  uint32_t end;
  uint32_t content_begin;
  uint32_t content_end;
  uint32_t depth;
  uint32_t closed;
} slant_quote;

/* A read-only, segmented article. Everything is owned by the host and valid during analyse. */
typedef struct slant_article_view {
  uint32_t struct_size;
  slant_str id;
  slant_str text;
  slant_str title;
  slant_str outlet;
  slant_str byline;
  slant_str date;
  slant_str url;
  slant_str section;
  const slant_paragraph* paragraphs;
  uint32_t paragraph_count;
  const slant_sentence* sentences;
  uint32_t sentence_count;
  const slant_token* tokens;
  uint32_t token_count;
  const slant_quote* quotes;
  uint32_t quote_count;
} slant_article_view;

/* A named span inside a finding: role is "source", "cue", "content", "scope", ... */
typedef struct slant_part {
  slant_str role;
  slant_span span;
} slant_part;

/* A key/value string attribute of a finding: "source_class", "stance", "speaker", "category". */
typedef struct slant_attribute {
  slant_str key;
  slant_str value;
} slant_attribute;

typedef struct slant_finding {
  uint32_t struct_size;
  slant_str kind;        /* one of the descriptor's finding_kinds */
  slant_span span;       /* the whole extent of the finding */
  slant_str rule;        /* which rule or lexicon entry fired, e.g. "lexicon:modal:may" */
  slant_str evidence;    /* the words that triggered it */
  slant_str explanation; /* one sentence a reader understands */
  double weight;         /* strength in [0, 1]; 1 when the plugin has no notion of strength */
  const slant_part* parts;
  uint32_t part_count;
  const slant_attribute* attributes;
  uint32_t attribute_count;
} slant_finding;

typedef enum slant_severity {
  SLANT_SEVERITY_INFO = 0,
  SLANT_SEVERITY_WARNING = 1,
  SLANT_SEVERITY_ERROR = 2
} slant_severity;

typedef enum slant_status { SLANT_OK = 0, SLANT_ERROR = 1 } slant_status;

/* Where a plugin sends what it finds. The host copies everything before the call returns. */
typedef struct slant_sink {
  void* ctx;
  int (*add_finding)(void* ctx, const slant_finding* finding);
  int (*add_metric)(void* ctx, slant_str name, double value);
  void (*add_diagnostic)(void* ctx, int severity, slant_str message);
} slant_sink;

typedef struct slant_param_value {
  slant_str name;
  slant_str value;
} slant_param_value;

typedef struct slant_config {
  uint32_t struct_size;
  slant_str data_dir; /* the plugin's data folder (lexicons), or empty */
  const slant_param_value* params;
  uint32_t param_count;
} slant_config;

typedef enum slant_param_type {
  SLANT_PARAM_STRING = 0,
  SLANT_PARAM_NUMBER = 1,
  SLANT_PARAM_BOOL = 2,
  SLANT_PARAM_PATH = 3
} slant_param_type;

typedef struct slant_param_spec {
  slant_str name;
  uint32_t type; /* slant_param_type */
  slant_str default_value;
  slant_str description;
} slant_param_spec;

typedef enum slant_score_unit {
  SLANT_SCORE_PER_100_WORDS = 0,      /* findings of the kind per 100 words of that voice */
  SLANT_SCORE_SHARE_OF_SENTENCES = 1  /* share of that voice's sentences with such a finding */
} slant_score_unit;

/* A headline score the host computes from the plugin's findings, split by voice. */
typedef struct slant_score_spec {
  slant_str name;
  slant_str finding_kind;
  uint32_t unit; /* slant_score_unit */
  slant_str meaning;
} slant_score_spec;

#define SLANT_PLUGIN_THREAD_SAFE 0x1u /* analyse may run on one instance from many threads */

typedef struct slant_plugin_descriptor {
  uint16_t abi_major;
  uint16_t abi_minor;
  uint32_t struct_size;
  slant_str id;
  slant_str name;
  slant_str version;
  slant_str description;
  const slant_str* finding_kinds;
  uint32_t finding_kind_count;
  const slant_param_spec* params;
  uint32_t param_count;
  const slant_score_spec* scores;
  uint32_t score_count;
  uint32_t flags; /* SLANT_PLUGIN_* */
  /* create reports problems through diag (only add_diagnostic is used). */
  int (*create)(const slant_config* config, const slant_sink* diag, void** instance);
  int (*analyse)(void* instance, const slant_article_view* article, const slant_sink* sink);
  void (*destroy)(void* instance);
} slant_plugin_descriptor;

typedef const slant_plugin_descriptor* (*slant_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* SLANT_PLUGIN_ABI_H */
