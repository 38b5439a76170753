# Serves a baked dossier with nginx. Bake first, then build and run the image:
#   java -jar target/dossier.jar bake --no-cache
#   docker build -t my-dossier .
#   docker run --rm -p 8080:80 my-dossier        (then open http://localhost:8080/)
FROM nginx:1.27-alpine
COPY target/site/ /usr/share/nginx/html/
