//! The command-line front end. The library does the work; this module reads inputs,
//! writes outputs and turns outcomes into exit codes.

pub mod args;
pub mod batch;
pub mod diff;
pub mod golden;
pub mod inputs;
pub mod progress;
pub mod record;
pub mod run;
pub mod tempfiles;
pub mod work;
