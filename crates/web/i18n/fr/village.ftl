# Le Village du FGI : candidatures aux stands, sélection, plan d'étage et attribution des stands.
village-title = Le Village
village-intro = Le Village est l'espace d'exposition de la réunion, où les organisations présentent leur travail sur un stand. Posez votre candidature ci-dessous ; le Secrétariat choisit les exposants, envoie à chaque candidat sa décision par courriel et attribue les stands sur le plan.
village-manage-title = Village : sélection et stands
village-plan = Plan d'étage
village-plan-title = Plan d'étage du Village, { $title }
village-plan-summary = { $count } stands dans une grille de { $total } cases, dont { $n } attribués. La liste des exposants avec leur numéro de stand suit le plan.
village-plan-legend = Les carrés numérotés sont des stands : foncés s'ils sont attribués, clairs s'ils sont libres ; les carrés gris sans numéro ne sont pas utilisables.
village-exhibitors = Exposants
village-exhibitors-none = Les exposants n'ont pas encore été annoncés.
village-booth = Stand { $number }
village-booth-label = Stand
village-mine = Votre candidature
village-status = Statut
village-status-submitted = Déposée, en attente de la sélection
village-status-selected = Retenue
village-status-declined = Non retenue
village-sign-in = Connectez-vous pour demander un stand
village-apply = Demander un stand
village-update = Modifier ma candidature
village-description = Ce que les visiteurs trouveront sur le stand
village-description-hint = De 20 à 2 000 caractères : votre travail, ce que vous montrerez, qui devrait passer.
village-needs = Besoins du stand
village-need-power = Prises électriques
village-need-screen = Un écran
village-need-wired-internet = Une connexion Internet filaire
village-need-furniture = Une table et des chaises
village-need-storage = Un rangement fermant à clé
village-need-step-free = Un accès sans marche pour les exposants
village-closed = Les candidatures sont closes : la réunion est terminée ou ses dates ne sont pas encore fixées.
village-error-organization = Indiquez le nom de l'organisation (200 caractères au plus).
village-error-stakeholder-group = Choisissez le groupe de parties prenantes de l'organisation.
village-error-description = Décrivez le stand en 20 à 2 000 caractères.
village-error-needs = Choisissez les besoins dans la liste.
village-decided = Cette candidature a fait l'objet d'une décision et ne peut plus être modifiée.
village-rows = Rangées
village-columns = Colonnes
village-unusable-label = Cases inutilisables
village-unusable-hint = Leurs numéros, comptés rangée par rangée depuis le coin supérieur gauche, séparés par des virgules ; les plages comme 12-14 sont acceptées.
village-plan-save = Enregistrer le plan
village-plan-numbers = Indiquez les rangées et les colonnes en chiffres, et les cases inutilisables en numéros ou en plages.
village-plan-size = Un plan compte de 1 à { $max } rangées et de 1 à { $max } colonnes.
village-not-on-plan = La case { $number } n'est pas sur le plan, dont la dernière case est la { $max }.
village-plan-allocated = Le stand { $number } est attribué : retirez-en l'exposant avant de modifier ainsi le plan.
village-selection = Sélection
village-staged = Préparé, pas encore publié : { $count } retenu(s), { $n } non retenu(s). Rien n'est envoyé ni public avant la publication.
village-publish = Publier les décisions préparées et écrire à chaque candidat
village-free-booths = { $count } stand(s) utilisable(s) libre(s).
village-fill-in = Donner dans l'ordre les stands libres aux exposants retenus qui n'en ont pas
village-applications-none = Aucune candidature pour l'instant.
village-staged-selected = Retenir
village-staged-declined = Ne pas retenir
village-applicant = Candidat
village-decision = Décision
village-undecided = Sans décision
village-stage = Préparer
village-allocate = Attribuer
village-not-selected = Seul un exposant retenu reçoit un stand.
village-unusable = La case { $number } ne peut pas servir de stand.
village-taken = Le stand { $number } est déjà attribué à { $organization }.
mail-village-selected-subject = Votre stand au Village de { $title }
mail-village-selected-body =
    Bonjour { $name },

    { $organization } est retenue pour exposer au Village de { $title }. Votre numéro de stand figurera sur la page du Village une fois le plan attribué :

    { $link }
mail-village-declined-subject = Votre candidature au Village de { $title }
mail-village-declined-body =
    Bonjour { $name },

    Merci de votre candidature. Le Village de { $title } compte moins de stands que de candidatures, et { $organization } n'a pas été retenue cette année.

    { $link }
