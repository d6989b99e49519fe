//! Metadata heuristics: the word lists, patterns and thresholds the metadata phase uses,
//! each with its reason. (Being moved here from `src/metadata/*`.)
