-- The sample sales data read through three drivers and written through the parquet target, in Spark SQL
-- alone: run with the drivers' jar and driverkit-spark's on spark.jars (see docs/spark.md).
-- Settings (SqlScript --define name=value): csv_path, parquet_path, database (a JDBC URL; Spark redacts the
-- value of a setting named like "url") and out_dir.

CREATE OR REPLACE TEMPORARY VIEW sales_csv USING driverkit
  OPTIONS (kind 'csv', path '${csv_path}', key_field 'id', time_field 'ts');
CREATE OR REPLACE TEMPORARY VIEW sales_parquet USING driverkit
  OPTIONS (kind 'parquet', path '${parquet_path}', time_field 'ts');
-- spark_options' driver: a JDBC driver from spark.jars is not found by java.sql.DriverManager unless named
CREATE OR REPLACE TEMPORARY VIEW sales_db USING driverkit
  OPTIONS (kind 'sqldb', db_path '${database}', table_name 'transactions', time_field 'ts',
           spark_options '{"driver": "org.postgresql.Driver"}');

-- each source, whole, through the parquet target
CREATE TABLE sales_from_csv USING driverkit OPTIONS (kind 'parquet', path '${out_dir}/from_csv')
  AS SELECT * FROM sales_csv;
CREATE TABLE sales_from_parquet USING driverkit OPTIONS (kind 'parquet', path '${out_dir}/from_parquet')
  AS SELECT * FROM sales_parquet;
CREATE TABLE sales_from_db USING driverkit OPTIONS (kind 'parquet', path '${out_dir}/from_db', compression 'zstd')
  AS SELECT * FROM sales_db;

-- one day of the database's rows appended (the time range reaches the database's WHERE)
INSERT INTO sales_from_db
  SELECT * FROM sales_db WHERE ts > TIMESTAMP '2024-01-02 00:00:00' AND ts <= TIMESTAMP '2024-01-03 00:00:00';

SELECT 'csv', count(*), sum(quantity) FROM sales_csv;
SELECT 'parquet', count(*), sum(quantity) FROM sales_parquet;
SELECT 'sqldb', count(*), sum(quantity) FROM sales_db;
SELECT 'from_db', count(*), sum(quantity) FROM sales_from_db;
