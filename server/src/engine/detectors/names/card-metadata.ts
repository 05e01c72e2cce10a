// Whether a "---" block at the start of a text is a model or dataset card's YAML metadata. A text paragraph
// may start with a "---" rule too ("---\nCurriculum Vitae\nName: Lukas Hoffmann"): only a block with a key
// that cards use is read as metadata, so the names of a form or a CV after a rule stay names.

/** Top-level keys of Hugging Face model and dataset card metadata. */
const CARD_KEY =
  /^(?:license|license_name|license_link|language|languages|tags|datasets|base_model|base_model_relation|model-index|model_name|model_type|pipeline_tag|library_name|metrics|widget|inference|thumbnail|extra_gated_\w+|task_categories|task_ids|size_categories|pretty_name|annotations_creators|language_creators|multilinguality|source_datasets|configs|dataset_info|model_creator|quantized_by|co2_eq_emissions)\s*:/m;

/** Whether `block` (the "---" fence and the lines after it) holds a card metadata key at the start of a line. */
export function isCardMetadata(block: string): boolean {
  return CARD_KEY.test(block);
}
