// Turns one analysed article's Report into what the corpus stores: identity, resolved outlet and
// genre, word counts, findings, metrics, scores and diagnostics (the text itself is not kept).
#pragma once

#include <string>

#include "corpus/article_record.hpp"
#include "corpus/outlet_resolver.hpp"

namespace slant::corpus {

// key, content_hash and the outlet are decided before analysis (to skip unchanged articles);
// they are passed in. plugins is the signature of the plugin set.
ArticleRecord record_from_report(Report&& report, std::string key, std::string content_hash, std::string plugins,
                                 std::pair<std::string, std::string> outlet);

}  // namespace slant::corpus
