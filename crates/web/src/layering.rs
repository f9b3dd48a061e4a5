//! The shape of this crate, checked: no module imports another that imports it back, directly or through others.
//! A circle means two capabilities cannot change apart; what they share belongs in a module of its own (as the
//! API's error shape and pagination live in `json_api`, not in `api`, which lists every capability).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each top-level module of the crate (a file, or a folder with its submodules) and the modules it names as
/// `crate::…` in its sources.
fn module_imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut imports: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in crate::files_under("src").into_iter().filter(|f| f.extension().is_some_and(|e| e == "rs")) {
        let relative = file.strip_prefix(&src).unwrap();
        let first = relative.components().next().unwrap().as_os_str().to_string_lossy();
        let module = first.trim_end_matches(".rs").to_string();
        if module == "lib" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        imports.entry(module.clone()).or_default().extend(named_modules(&text).into_iter().filter(|m| *m != module));
    }
    let known: BTreeSet<String> = imports.keys().cloned().collect();
    imports.values_mut().for_each(|names| names.retain(|n| known.contains(n)));
    imports
}

/// The modules a source names: `crate::x` and each first name of `use crate::{x, y::z}`.
fn named_modules(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let word = |s: &str| s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>();
    for (at, _) in text.match_indices("crate::") {
        let rest = &text[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inside = &group[..group.find('}').unwrap_or(group.len())];
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in inside.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        names.insert(word(inside[start..i].trim()));
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            names.insert(word(inside[start..].trim()));
        } else {
            names.insert(word(rest));
        }
    }
    names.retain(|n| !n.is_empty());
    names
}

/// The circles of a graph: its strongly connected components of more than one module (Tarjan's algorithm).
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        found: Vec<Vec<String>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            for w in self.graph.get(v).into_iter().flatten() {
                if !self.index.contains_key(w.as_str()) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w.as_str()]);
                    self.low.insert(v, low);
                } else if self.stack.contains(&w.as_str()) {
                    let low = self.low[v].min(self.index[w.as_str()]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let at = self.stack.iter().rposition(|m| *m == v).unwrap();
                let component: Vec<String> = self.stack.drain(at..).map(String::from).collect();
                if component.len() > 1 {
                    self.found.push(component);
                }
            }
        }
    }
    let mut walk = Walk { graph, index: BTreeMap::new(), low: BTreeMap::new(), stack: Vec::new(), found: Vec::new() };
    for v in graph.keys() {
        if !walk.index.contains_key(v.as_str()) {
            walk.visit(v);
        }
    }
    walk.found
}

#[test]
fn no_module_imports_in_a_circle() {
    let graph = module_imports();
    assert!(graph.len() > 30, "the crate's modules were not found: {:?}", graph.keys());
    assert!(graph["api"].contains("cycles"), "the API document lists the capabilities' handlers");
    let found = circles(&graph);
    assert!(found.is_empty(), "modules that import each other in a circle: {found:?}");
}

#[test]
fn a_circle_is_found() {
    let graph: BTreeMap<String, BTreeSet<String>> = [("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")]
        .into_iter()
        .map(|(from, to)| (from.to_string(), BTreeSet::from([to.to_string()])))
        .collect();
    assert_eq!(circles(&graph).len(), 1);
    assert_eq!(named_modules("use crate::{a, b::{c, d}};\nlet x = crate::e::f;"), BTreeSet::from(["a", "b", "e"].map(String::from)));
}
