-- The clinic's locations. Facts not known from the product brief stay NULL: admins fill them in through the API.
-- Coordinates start at the ZIP centroid (US Census 2021 ZCTA Gazetteer, public domain).
CREATE TABLE locations (
    id             varchar(64) PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name           varchar(100) NOT NULL,
    address_line1  varchar(200),
    address_line2  varchar(200),
    city           varchar(100),
    state          varchar(2),
    postal_code    varchar(10),
    phone          varchar(20),
    email          varchar(254),
    time_zone      varchar(64)  NOT NULL,
    latitude       double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude      double precision CHECK (longitude BETWEEN -180 AND 180),
    version        bigint       NOT NULL DEFAULT 0,
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);

CREATE UNIQUE INDEX locations_name_key ON locations (lower(name));

INSERT INTO locations (id, name, address_line1, address_line2, city, state, postal_code, phone, time_zone, latitude, longitude)
VALUES
    ('tustin', 'Tustin', NULL, NULL, 'Tustin', 'CA', '92780', NULL,
     'America/Los_Angeles', 33.736809, -117.819678),
    ('san-juan-capistrano', 'San Juan Capistrano', '30230 Rancho Viejo Road', 'Ste. 134', 'San Juan Capistrano', 'CA',
     '92675', '+19495031414', 'America/Los_Angeles', 33.499774, -117.653704),
    ('seal-beach', 'Seal Beach', NULL, NULL, 'Seal Beach', 'CA', '90740', NULL,
     'America/Los_Angeles', 33.754334, -118.073267);
