//! Progress bars on stderr, only on a terminal and never with `--quiet`.

use indicatif::{ProgressBar, ProgressStyle};

use super::Ui;

pub struct Progress(ProgressBar);

impl Progress {
    pub fn new(ui: &Ui, len: u64, what: &str) -> Progress {
        let bar = if ui.terminal && ui.verbosity >= 0 {
            ProgressBar::new(len)
        } else {
            ProgressBar::hidden()
        };
        bar.set_style(
            ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({eta})")
                .expect("the template is valid")
                .progress_chars("=> "),
        );
        bar.set_message(what.to_string());
        Progress(bar)
    }

    pub fn advance(&self, n: u64) {
        self.0.inc(n);
    }

    pub fn finish(&self) {
        self.0.finish_and_clear();
    }
}
