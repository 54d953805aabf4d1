// Runs every plugin in its own worker process (--isolate): a plugin that crashes, hangs past the
// timeout or outgrows its memory limit costs only its own result for that article.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "isolate/worker_process.hpp"
#include "merge/merger.hpp"

namespace slant::isolate {

struct StartFailure {
  std::string plugin_id;
  std::string path;
  std::string reason;
};

class IsolatedRunner {
 public:
  // Starts one worker per plugin; plugins whose worker cannot start are left out (see failures()).
  IsolatedRunner(const PluginSet& plugins, IsolateOptions options);
  ~IsolatedRunner();

  const std::vector<StartFailure>& failures() const { return failures_; }

  // Sends the article to every worker at once (they run in parallel), collects each answer until
  // the timeout, and turns a crash, hang or oversized worker into a diagnostic for this article
  // and that plugin. Workers that failed are restarted before the next article.
  std::vector<PluginOutput> run(const slant_article_view& article, std::vector<double>& seconds);

 private:
  IsolateOptions options_;
  std::vector<std::unique_ptr<WorkerProcess>> workers_;
  std::vector<StartFailure> failures_;
};

}  // namespace slant::isolate
