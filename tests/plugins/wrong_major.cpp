// A test plugin that claims another ABI major version: the host must refuse it.
#include <slant/plugin_abi.h>

static int create(const slant_config*, const slant_sink*, void** instance) {
  static int dummy;
  *instance = &dummy;
  return SLANT_OK;
}
static int analyse(void*, const slant_article_view*, const slant_sink*) { return SLANT_OK; }
static void destroy(void*) {}

extern "C" SLANT_PLUGIN_EXPORT const slant_plugin_descriptor* slant_plugin_entry(void) {
  static slant_plugin_descriptor d{};
  d.abi_major = SLANT_ABI_MAJOR + 1;
  d.abi_minor = 0;
  d.struct_size = sizeof d;
  d.id = {"wrong-major", 11};
  d.name = {"Wrong major", 11};
  d.version = {"1.0", 3};
  d.description = {"test", 4};
  d.create = create;
  d.analyse = analyse;
  d.destroy = destroy;
  return &d;
}
