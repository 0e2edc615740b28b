namespace ecoute::models {}
