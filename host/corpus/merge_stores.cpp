#include "corpus/merge_stores.hpp"

#include <algorithm>

namespace slant::corpus {

MergeSummary merge_stores(Store& target, const std::vector<std::string>& inputs) {
  MergeSummary summary;
  auto known = target.known_articles();
  for (const auto& [key, k] : known)
    if (std::find(summary.signatures.begin(), summary.signatures.end(), k.plugins) == summary.signatures.end())
      summary.signatures.push_back(k.plugins);
  for (const auto& path : inputs) {
    Store shard(path, /*create=*/false);
    {
      // Plugin versions and runs travel with the articles, for provenance.
      Statement plugins = shard.db().prepare("SELECT plugin, version, params FROM plugins");
      std::vector<PluginVersion> versions;
      while (plugins.step()) versions.push_back({plugins.text(0), plugins.text(1), plugins.text(2)});
      target.record_plugins(versions);
    }
    std::vector<ArticleRecord> batch;
    auto flush = [&] {
      target.write(batch);
      batch.clear();
    };
    shard.for_each_record([&](ArticleRecord&& r) {
      ++summary.articles;
      if (auto it = known.find(r.key); it != known.end()) {
        ++summary.replaced;
        if (it->second.content_hash != r.content_hash || it->second.plugins != r.plugins) ++summary.conflicts;
      }
      known[r.key] = {r.content_hash, r.plugins, r.outlet, 0};
      if (std::find(summary.signatures.begin(), summary.signatures.end(), r.plugins) == summary.signatures.end())
        summary.signatures.push_back(r.plugins);
      batch.push_back(std::move(r));
      if (batch.size() >= 500) flush();
    });
    flush();
  }
  return summary;
}

}  // namespace slant::corpus
