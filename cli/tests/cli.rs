//! The command's output and exit status over the test fixtures, as
//! snapshots (`tests/cmd/*.toml`, with the `.stdout` and `.stderr` beside).

#[test]
fn commands() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
