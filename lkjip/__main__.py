from lkjip.cli import main

main()
