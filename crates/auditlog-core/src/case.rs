//! snake_case → camelCase, for the seed-000 dialect.

/// `web_search` → `webSearch`. Leading underscores are kept; an underscore is dropped only
/// when a letter or digit follows it.
pub fn snake_to_camel(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending = 0usize;
    let mut seen_content = false;
    for c in s.chars() {
        if c == '_' {
            if seen_content {
                pending += 1;
            } else {
                out.push('_');
            }
            continue;
        }
        if pending > 0 {
            out.extend(std::iter::repeat_n('_', pending - 1));
            if c.is_alphanumeric() {
                out.extend(c.to_uppercase());
            } else {
                out.push('_');
                out.push(c);
            }
            pending = 0;
        } else {
            out.push(c);
        }
        seen_content = true;
    }
    out.extend(std::iter::repeat_n('_', pending));
    out
}

/// Camel-cases every segment of a dotted field path: `tools.web_search` → `tools.webSearch`.
pub fn camel_path(path: &str) -> String {
    path.split('.')
        .map(snake_to_camel)
        .collect::<Vec<_>>()
        .join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_snake_case_keys() {
        assert_eq!(snake_to_camel("ip_address"), "ipAddress");
        assert_eq!(snake_to_camel("resource_type"), "resourceType");
        assert_eq!(snake_to_camel("id"), "id");
        assert_eq!(snake_to_camel("already_camelCase"), "alreadyCamelCase");
        assert_eq!(snake_to_camel("x_1"), "x1");
    }

    #[test]
    fn keeps_leading_and_trailing_underscores() {
        assert_eq!(snake_to_camel("_private"), "_private");
        assert_eq!(snake_to_camel("__a_b"), "__aB");
        assert_eq!(snake_to_camel("trailing_"), "trailing_");
        assert_eq!(snake_to_camel("a__b"), "a_B");
    }

    #[test]
    fn camel_cases_each_segment_of_a_field_path() {
        assert_eq!(camel_path("tools.web_search"), "tools.webSearch");
        assert_eq!(camel_path("temperature"), "temperature");
        assert_eq!(
            camel_path("model_config.max_tokens"),
            "modelConfig.maxTokens"
        );
    }
}
