from plagsini.cli import main

main()
