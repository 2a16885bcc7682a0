from phigate.cli import main

main()
