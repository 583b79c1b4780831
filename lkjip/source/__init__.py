"""Reading the dataset: safe YAML with a source map, Markdown prose, refusal of YAML surprises."""
