namespace ecoute::server {}
