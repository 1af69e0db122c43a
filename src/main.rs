fn main() -> std::process::ExitCode {
    monitis::cli::main()
}
