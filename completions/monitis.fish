complete --keep-order --exclusive --command monitis --arguments "(COMPLETE=fish monitis -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
