# Agora — catálogo en español: el registro público.
record-title = Registro público
record-intro = Cada cambio público de este foro —inscripciones contadas, organizaciones, ciclos, propuestas, revisión preliminar, decisiones— se añade a un registro cuyo contenido se resume en un árbol de Merkle (RFC 9162, como Certificate Transparency) y se firma. Cualquiera puede comprobar que nada se modificó, eliminó ni reordenó después.
record-head = Última cabecera de árbol firmada
record-size = Entradas
record-root = Hash raíz
record-signed-at = Firmada el
record-signature = Firma (ed25519)
record-no-head = Todavía no se ha firmado ninguna cabecera de árbol.
record-public-key = Clave pública del foro
record-verify = Compruébelo usted mismo
record-verify-how = El programa agora verifica la firma, recalcula el árbol a partir de cada entrada, señala toda entrada que no coincida y, con un estado guardado, comprueba que el registro solo ha crecido desde su última comprobación:
record-recent = Últimas entradas
record-when = Cuándo
record-what = Qué
