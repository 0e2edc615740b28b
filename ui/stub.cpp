namespace ecoute::ui {}
