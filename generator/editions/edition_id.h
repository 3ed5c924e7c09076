#pragma once
// Edition ids: the folder name under edities/ and the first part of every URL of that
// edition (/2019-2/jeugd/), so they must stay valid URL parts that never change.
#include <string>

namespace rapportage::editions {

/// Why `id` cannot be an edition id (a message for a diagnostic), or empty when it can:
/// lower-case letters, digits and hyphens, starting and ending with a letter or digit,
/// at least one digit (so no id can be a chapter's or a generated page's name such as
/// `jeugd` or `edities`), at most 40 characters.
std::string edition_id_problem(const std::string& id);

/// The hint that goes with edition_id_problem(): an id made from `id` when there is one.
std::string edition_id_hint(const std::string& id);

/// "2e rapportage 2019" for "2019-2", "1e rapportage 2020" for "2020-1", "Rapportage 2020"
/// for "2020"; any other id as a title ("najaar-2019" → "Najaar 2019"). The first name
/// `rapportage new edition` gives an edition when no --title is given.
std::string edition_name_from_id(const std::string& id);

}  // namespace rapportage::editions
