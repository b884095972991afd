import statementdiff


def test_all_is_sorted_and_complete() -> None:
    exported = statementdiff.__all__
    assert exported == sorted(exported)
    public = {name for name in vars(statementdiff) if not name.startswith("_")}
    modules = {"cli", "compare", "errors", "models", "parse", "segment", "semantics", "render",
               "series", "strategies", "align", "lexicon", "annotations"}
    assert public - modules - {"annotations"} <= set(exported) | modules
    for name in exported:
        assert hasattr(statementdiff, name), name
