#include "isolate/worker_main.hpp"

#include <iostream>

#include "analysis/plugin_call.hpp"
#include "isolate/wire.hpp"

namespace slant::isolate {

int run_isolate_worker(int fd) {
  MessageType type{};
  std::string payload;
  if (!read_frame(fd, type, payload) || type != MessageType::start) {
    std::cerr << "slant isolate-worker: runs only under slant --isolate\n";
    return 2;
  }
  StartRequest start = decode_start(payload);
  LoadOptions options;
  options.use_env = options.use_default = false;
  options.only = {start.id};
  options.params[start.id] = start.params;
  PluginSet set;
  set.load_file(start.path, options);
  std::string error;
  if (!set.refused().empty())
    error = set.refused().front().reason;
  else if (set.plugins().empty())
    error = "has no plugin with id '" + start.id + "' any more";
  if (!write_frame(fd, MessageType::started, encode_started(error)) || !error.empty()) return error.empty() ? 1 : 3;
  const LoadedPlugin& plugin = set.plugins().front();
  while (read_frame(fd, type, payload)) {
    if (type != MessageType::analyse) return 2;
    ReceivedArticle article(std::move(payload));
    PluginOutput out = call_plugin(plugin, article.view());
    if (!write_frame(fd, MessageType::result, encode_output(out))) return 1;
  }
  return 0;  // slant closed the socket: done
}

}  // namespace slant::isolate
