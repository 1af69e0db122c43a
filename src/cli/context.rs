//! TEMPORARY scaffold (not for commit): the full Context lands when credentials and the
//! sandbox library API exist. Fields here are the final ones.

use super::GlobalArgs;
use crate::output::{Settings, Ui};

pub struct Context {
    pub global: GlobalArgs,
    pub ui: Ui,
    pub output: Settings,
}

impl Context {
    pub fn new(global: GlobalArgs) -> Context {
        let ui = Ui::new(global.quiet, global.verbose, global.no_color);
        let output = Settings::new(
            global.output,
            global.columns.clone(),
            global.no_header,
            global.jq.clone(),
        );
        Context { global, ui, output }
    }
    pub async fn close(&self) {}
}
