// A shared library that is not a slant plugin: it has no slant_plugin_entry.
extern "C" __attribute__((visibility("default"))) int some_other_function(void) { return 42; }
