--
-- sdmx_formats: sdmx_observations() over every SDMX-ML format it reads
-- (doc/sdmx.md): 2.0 GenericData, CompactData, UtilityData, MessageGroup and
-- CrossSectionalData;
-- 2.1 GenericData (time at the observation, and flat), GenericTimeSeriesData,
-- StructureSpecificData (time at the observation, another dimension at the
-- observation, and flat), StructureSpecificTimeSeriesData; 3.0
-- StructureSpecificData.  Then text, bytea and xml input, encodings, the
-- value and period columns, errors and NULL.
--
-- The messages are the files of test/sdmx/, inline (pg_regress may not read
-- files by absolute path): test/sdmx/make_inline.sh writes the INSERTs
-- below from the files, and test/t/sdmx_file.sh checks that they are the
-- files.  Every file has NaN, an empty and a missing OBS_VALUE, an invalid
-- time period, the SDMX period forms 2021-M11, 2021-Q3, 2021-A1, 2021-W05
-- and 2021-S1, dataset-level attributes overridden by group, series and
-- observation attributes, a group before its series and (except the utility
-- message, whose groups hold their series) one after them.
--
-- The rows were worked out by hand from doc/sdmx.md, with the reasoning in
-- the comments, and are in sx_want.  Each query shows the hand-worked rows
-- of one message; "given" says whether sdmx_observations() returned exactly
-- that row, and the query after it lists the rows it returned beyond them
-- (none).  So each table is what the function returns.
--
\pset null NULL

-- Long values are clipped and control characters shown as "?", so that the
-- expected output stays one readable table.
CREATE FUNCTION sx_clip(s text, n int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN length(r) > n
                THEN left(r, n - 12) || '...(' || length(r) || ' ch)'
                ELSE r END
    FROM (SELECT regexp_replace(s, '[\x01-\x1f\x7f]', '?', 'g') AS r) x
$$;

CREATE TABLE sx_doc (name text PRIMARY KEY, doc text NOT NULL);

-- BEGIN fixtures: written by test/sdmx/make_inline.sh from test/sdmx/*.xml;
-- edit the files and run the script, not these lines.
INSERT INTO sx_doc VALUES ('compact20', $x$<?xml version="1.0" encoding="UTF-8"?>
<!-- policy_ext test fixture: SDMX-ML 2.0 CompactData, self-made figures in
     the shape of Chinese industrial statistics.  Two datasets: the first
     names itself (datasetID), the second does not (the header's
     KeyFamilyRef names it).  A group before its series, one after. -->
<message:CompactData
    xmlns:message="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/message"
    xmlns:common="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/common"
    xmlns:ind="urn:example:px:nbs:industry:compact"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <message:Header>
    <message:ID>PX-C20-0001</message:ID>
    <message:Test>true</message:Test>
    <message:Prepared>2021-12-15T10:00:00</message:Prepared>
    <message:Sender id="PX_NBS"/>
    <message:KeyFamilyRef>NBS_IND</message:KeyFamilyRef>
  </message:Header>
  <ind:DataSet datasetID="NBS_IND_M" action="Replace" validFromDate="2021-12-15"
      keyFamilyURI="urn:example:px:nbs:NBS_IND" SOURCE_AGENCY="NBS" DECIMALS="1">
    <ind:Group REF_AREA="CN" INDICATOR="IVA" UNIT="PCT" DECIMALS="2"
        TITLE_COMPL="Industrial value added above designated size, y-o-y"/>
    <ind:Series FREQ="M" REF_AREA="CN" INDICATOR="IVA" ADJUSTMENT="N"
        UNIT_MEASURE="PCT_YOY" UNIT_MULT="0">
      <ind:Obs TIME_PERIOD="2021-M11" OBS_VALUE="3.8" OBS_STATUS="A"/>
      <ind:Obs TIME_PERIOD="2021-10" OBS_VALUE="3.5" OBS_STATUS="A" DECIMALS="1"/>
      <ind:Obs TIME_PERIOD="2021-M13" OBS_VALUE="NaN" OBS_STATUS="M" OBS_FLAG="x"/>
    </ind:Series>
    <ind:Series FREQ="M" REF_AREA="CN" INDICATOR="PPI" ADJUSTMENT="N" UNIT_MULT="0"
        TITLE="工业生产者出厂价格指数（上年同月=100）" BASE_PER="上年同月=100">
      <ind:Obs TIME_PERIOD="2021-11" OBS_VALUE="112.9" OBS_STATUS="A"/>
      <ind:Obs TIME_PERIOD="2021-12" OBS_VALUE="" OBS_STATUS="M"/>
    </ind:Series>
    <!-- a group written after its series: it does not reach back to them -->
    <ind:Group REF_AREA="CN" INDICATOR="PPI" TITLE_COMPL="Producer price index, written late"/>
  </ind:DataSet>
  <ind:DataSet action="Append" DECIMALS="1">
    <ind:Series FREQ="Q" REF_AREA="CN" INDICATOR="IVA" ADJUSTMENT="N" UNIT_MEASURE="PCT_YOY">
      <ind:Obs TIME_PERIOD="2021-Q3" OBS_VALUE="4.9" OBS_STATUS="A"/>
    </ind:Series>
    <ind:Series FREQ="S" REF_AREA="CN-ZJ" INDICATOR="TEXTILE" ADJUSTMENT="N"
        TITLE="Textiles &amp; apparel &#8212; &#27993;&#27743;" UNIT="CNY" UNIT_MULT="8">
      <ind:Obs TIME_PERIOD="2021-S1" OBS_VALUE="1523.4" OBS_STATUS="P"/>
    </ind:Series>
    <ind:Series FREQ="A" REF_AREA="CN-JS" INDICATOR="AUTO" ADJUSTMENT="N" UNIT="VEH" UNIT_MULT="4">
      <ind:Obs TIME_PERIOD="2021-A1" OBS_STATUS="L"/>
    </ind:Series>
    <ind:Series FREQ="W" REF_AREA="CN" INDICATOR="ELEC" ADJUSTMENT="N" UNIT="KWH" UNIT_MULT="8">
      <ind:Obs TIME_PERIOD="2021-W05" OBS_VALUE="158.2" OBS_STATUS="E"/>
      <ind:Obs TIME_PERIOD="2021-W53" OBS_VALUE="n/a"/>
    </ind:Series>
  </ind:DataSet>
</message:CompactData>$x$);
INSERT INTO sx_doc VALUES ('cross20', $x$<?xml version="1.0" encoding="UTF-8"?>
<!-- policy_ext test fixture: SDMX-ML 2.0 CrossSectionalData.  Provincial
     figures of 2021 (100 million CNY), a city price index. -->
<message:CrossSectionalData xmlns:message="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/message"
    xmlns:common="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/common"
    xmlns:nbs="urn:sdmx:org.sdmx.infomodel.keyfamily.KeyFamily=NBS:NBS_PROV:cross"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <message:Header>
    <message:ID>XS2021</message:ID>
    <message:Test>true</message:Test>
    <message:Prepared>2022-01-20T09:00:00</message:Prepared>
    <message:Sender id="NBS"/>
    <message:DataSetID>NBS_PROV</message:DataSetID>
  </message:Header>
  <nbs:DataSet xsi:type="nbs:DataSetType" SOURCE_AGENCY="NBS" DECIMALS="1" UNIT_MULT="8" ADJUSTMENT="N">
    <nbs:Group FREQ="A" TIME="2021" DECIMALS="2" TITLE_COMPL="分省年度数据">
      <nbs:Section REF_AREA="CN-GD" UNIT="CNY">
        <nbs:GDP value="124369.7" OBS_STATUS="A"/>
        <nbs:RETAIL value="44187.7"/>
        <nbs:EXPORTS value="NaN" OBS_STATUS="M"/>
        <common:Annotations>
          <common:Annotation>
            <common:AnnotationTitle>GDP</common:AnnotationTitle>
            <common:AnnotationText xml:lang="en">at current prices</common:AnnotationText>
          </common:Annotation>
        </common:Annotations>
      </nbs:Section>
      <nbs:Section REF_AREA="CN-JS" UNIT="CNY" DECIMALS="1">
        <nbs:GDP value="116364.2" OBS_STATUS="P">
          <common:Annotations>
            <common:Annotation>
              <common:AnnotationText xml:lang="en">preliminary</common:AnnotationText>
            </common:Annotation>
          </common:Annotations>
        </nbs:GDP>
        <nbs:RETAIL/>
      </nbs:Section>
    </nbs:Group>
    <nbs:Group FREQ="Q" TIME="2021-Q3">
      <nbs:Section REF_AREA="CN-GD">
        <nbs:GDP value="" DECIMALS="0"/>
      </nbs:Section>
    </nbs:Group>
  </nbs:DataSet>
  <nbs:DataSet datasetID="NBS_CITY_PRICES" FREQ="M" TIME_PERIOD="2021-M11" UNIT="IDX" UNIT_MULT="0">
    <nbs:Section INDICATOR="CPI" COLLECTION="E">
      <nbs:OBS_VALUE REF_AREA="CN-BJ" value="101.5" OBS_STATUS="A"/>
      <nbs:OBS_VALUE REF_AREA="CN-SH" value="101.2" TIME_PERIOD="2021-M13"/>
      <nbs:Obs REF_AREA="CN-GZ" OBS_VALUE="100.9"/>
    </nbs:Section>
  </nbs:DataSet>
</message:CrossSectionalData>$x$);
INSERT INTO sx_doc VALUES ('generic20', $x$<?xml version="1.0" encoding="UTF-8"?>
<!-- policy_ext test fixture: SDMX-ML 2.0 GenericData, self-made figures in
     the shape of Chinese industrial statistics.  Two datasets; in the first a
     group that holds its series (the 2.0 generic form) and a series after it
     that its key also matches; in the second a group after its series. -->
<message:GenericData
    xmlns:message="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/message"
    xmlns:generic="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/generic"
    xmlns:common="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/common"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <message:Header>
    <message:ID>PX-G20-0001</message:ID>
    <message:Test>true</message:Test>
    <message:Truncated>false</message:Truncated>
    <message:Prepared>2021-12-15T10:00:00</message:Prepared>
    <message:Sender id="PX_NBS">
      <message:Name xml:lang="zh">统计数据发布（测试）</message:Name>
    </message:Sender>
    <message:KeyFamilyRef>NBS_IND</message:KeyFamilyRef>
  </message:Header>
  <message:DataSet>
    <generic:KeyFamilyRef>NBS_IND</generic:KeyFamilyRef>
    <generic:Attributes>
      <generic:Value concept="SOURCE_AGENCY" value="NBS"/>
      <generic:Value concept="DECIMALS" value="1"/>
      <generic:Value concept="UNIT_MULT" value="0"/>
    </generic:Attributes>
    <generic:Group type="SiblingGroup">
      <generic:GroupKey>
        <generic:Value concept="REF_AREA" value="CN"/>
        <generic:Value concept="INDICATOR" value="IVA"/>
      </generic:GroupKey>
      <generic:Attributes>
        <generic:Value concept="TITLE_COMPL" value="规模以上工业增加值，同比增长"/>
        <generic:Value concept="DECIMALS" value="2"/>
      </generic:Attributes>
      <generic:Series>
        <generic:SeriesKey>
          <generic:Value concept="FREQ" value="M"/>
          <generic:Value concept="REF_AREA" value="CN"/>
          <generic:Value concept="INDICATOR" value="IVA"/>
          <generic:Value concept="ADJUSTMENT" value="N"/>
        </generic:SeriesKey>
        <generic:Attributes>
          <generic:Value concept="UNIT" value="PCT"/>
        </generic:Attributes>
        <generic:Obs>
          <generic:Time>2021-M11</generic:Time>
          <generic:ObsValue value="3.8"/>
          <generic:Attributes>
            <generic:Value concept="OBS_STATUS" value="A"/>
          </generic:Attributes>
        </generic:Obs>
        <generic:Obs>
          <generic:Time>2021-10</generic:Time>
          <generic:ObsValue value="3.5"/>
          <generic:Attributes>
            <generic:Value concept="OBS_STATUS" value="A"/>
            <generic:Value concept="DECIMALS" value="1"/>
          </generic:Attributes>
        </generic:Obs>
        <generic:Obs>
          <generic:Time>2021-M13</generic:Time>
          <generic:ObsValue value="NaN"/>
          <generic:Attributes>
            <generic:Value concept="OBS_STATUS" value="M"/>
          </generic:Attributes>
        </generic:Obs>
      </generic:Series>
    </generic:Group>
    <generic:Series>
      <generic:SeriesKey>
        <generic:Value concept="FREQ" value="Q"/>
        <generic:Value concept="REF_AREA" value="CN"/>
        <generic:Value concept="INDICATOR" value="IVA"/>
        <generic:Value concept="ADJUSTMENT" value="N"/>
      </generic:SeriesKey>
      <generic:Attributes>
        <generic:Value concept="UNIT" value="PCT"/>
      </generic:Attributes>
      <generic:Obs>
        <generic:Time><![CDATA[2021-Q3]]></generic:Time>
        <generic:ObsValue value="4.9"/>
      </generic:Obs>
      <generic:Obs>
        <generic:Time>2021-Q2</generic:Time>
        <generic:ObsValue value=""/>
        <generic:Attributes>
          <generic:Value concept="OBS_STATUS" value="M"/>
        </generic:Attributes>
      </generic:Obs>
    </generic:Series>
    <generic:Series>
      <generic:SeriesKey>
        <generic:Value concept="FREQ" value="A"/>
        <generic:Value concept="REF_AREA" value="CN-GD"/>
        <generic:Value concept="INDICATOR" value="STEEL"/>
        <generic:Value concept="ADJUSTMENT" value="N"/>
      </generic:SeriesKey>
      <generic:Attributes>
        <generic:Value concept="UNIT" value="T"/>
        <generic:Value concept="UNIT_MULT" value="4"/>
        <generic:Value concept="TITLE" value="广东省粗钢产量"/>
      </generic:Attributes>
      <!-- no ObsValue: the value is missing -->
      <generic:Obs>
        <generic:Time>2021-A1</generic:Time>
        <generic:Attributes>
          <generic:Value concept="OBS_STATUS" value="L"/>
        </generic:Attributes>
      </generic:Obs>
    </generic:Series>
  </message:DataSet>
  <message:DataSet datasetID="NBS_ENERGY_W" action="Append">
    <generic:KeyFamilyRef>NBS_ENERGY</generic:KeyFamilyRef>
    <generic:Attributes>
      <generic:Value concept="SOURCE_AGENCY" value="CEC"/>
      <generic:Value concept="UNIT" value="KWH"/>
      <generic:Value concept="UNIT_MULT" value="8"/>
    </generic:Attributes>
    <generic:Series>
      <generic:SeriesKey>
        <generic:Value concept="FREQ" value="S"/>
        <generic:Value concept="REF_AREA" value="CN"/>
        <generic:Value concept="INDICATOR" value="ELEC"/>
      </generic:SeriesKey>
      <generic:Obs>
        <generic:Time>2021-S1</generic:Time>
        <generic:ObsValue value="38271.3"/>
        <generic:Attributes>
          <generic:Value concept="OBS_STATUS" value="A"/>
        </generic:Attributes>
      </generic:Obs>
    </generic:Series>
    <generic:Series>
      <generic:SeriesKey>
        <generic:Value concept="FREQ" value="W"/>
        <generic:Value concept="REF_AREA" value="CN"/>
        <generic:Value concept="INDICATOR" value="ELEC"/>
      </generic:SeriesKey>
      <generic:Attributes>
        <generic:Value concept="UNIT_MULT" value="6"/>
        <generic:Value concept="COLLECTION" value="S"/>
      </generic:Attributes>
      <generic:Obs>
        <generic:Time>2021-W05</generic:Time>
        <generic:ObsValue value="15782"/>
        <generic:Attributes>
          <generic:Value concept="OBS_STATUS" value="E"/>
        </generic:Attributes>
      </generic:Obs>
      <generic:Obs>
        <generic:Time>2021-W53</generic:Time>
        <generic:ObsValue value="n/a"/>
        <generic:Attributes>
          <generic:Value concept="OBS_STATUS" value="M"/>
          <generic:Value concept="COMMENT_OBS" value="2021年无第53周"/>
        </generic:Attributes>
      </generic:Obs>
    </generic:Series>
    <!-- a group written after its series: it does not reach back to them -->
    <generic:Group type="SiblingGroup">
      <generic:GroupKey>
        <generic:Value concept="REF_AREA" value="CN"/>
        <generic:Value concept="INDICATOR" value="ELEC"/>
      </generic:GroupKey>
      <generic:Attributes>
        <generic:Value concept="TITLE_COMPL" value="全社会发电量"/>
      </generic:Attributes>
    </generic:Group>
  </message:DataSet>
</message:GenericData>$x$);
INSERT INTO sx_doc VALUES ('generic21', $x$<?xml version="1.0" encoding="UTF-8"?>
<!-- policy_ext test fixture: SDMX-ML 2.1 GenericData, time at the
     observation, self-made figures in the shape of Chinese industrial
     statistics.  Two datasets (setID, then structureRef alone); a group
     before its series and one after. -->
<message:GenericData
    xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
    xmlns:generic="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic"
    xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <message:Header>
    <message:ID>PX-G21-0001</message:ID>
    <message:Test>true</message:Test>
    <message:Prepared>2021-12-15T10:00:00+08:00</message:Prepared>
    <message:Sender id="PX_NBS"/>
    <message:Structure structureID="NBS_IND_PROD_1_0" dimensionAtObservation="TIME_PERIOD">
      <common:Structure>
        <Ref agencyID="PX_NBS" id="NBS_IND_PROD" version="1.0"/>
      </common:Structure>
    </message:Structure>
    <message:DataSetAction>Information</message:DataSetAction>
  </message:Header>
  <message:DataSet setID="IND_2021M11" structureRef="NBS_IND_PROD_1_0" action="Information">
    <generic:Attributes>
      <generic:Value id="SOURCE_AGENCY" value="NBS"/>
      <generic:Value id="DECIMALS" value="1"/>
    </generic:Attributes>
    <generic:Group type="SiblingGroup">
      <generic:GroupKey>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="IVA"/>
      </generic:GroupKey>
      <generic:Attributes>
        <generic:Value id="TITLE_COMPL" value="规模以上工业增加值，同比增长"/>
        <generic:Value id="DECIMALS" value="2"/>
      </generic:Attributes>
    </generic:Group>
    <generic:Series>
      <generic:SeriesKey>
        <generic:Value id="FREQ" value="M"/>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="IVA"/>
        <generic:Value id="ADJUSTMENT" value="N"/>
      </generic:SeriesKey>
      <generic:Attributes>
        <generic:Value id="UNIT" value="PCT"/>
      </generic:Attributes>
      <generic:Obs>
        <generic:ObsDimension value="2021-M11"/>
        <generic:ObsValue value="3.8"/>
        <generic:Attributes>
          <generic:Value id="OBS_STATUS" value="A"/>
        </generic:Attributes>
      </generic:Obs>
      <generic:Obs>
        <generic:ObsDimension value="2021-10"/>
        <generic:ObsValue value="3.5"/>
        <generic:Attributes>
          <generic:Value id="OBS_STATUS" value="A"/>
          <generic:Value id="DECIMALS" value="1"/>
        </generic:Attributes>
      </generic:Obs>
      <generic:Obs>
        <generic:ObsDimension value="2021-M13"/>
        <generic:ObsValue value="NaN"/>
        <generic:Attributes>
          <generic:Value id="OBS_STATUS" value="M"/>
        </generic:Attributes>
      </generic:Obs>
    </generic:Series>
    <generic:Series>
      <generic:SeriesKey>
        <generic:Value id="FREQ" value="Q"/>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="IVA"/>
        <generic:Value id="ADJUSTMENT" value="N"/>
      </generic:SeriesKey>
      <generic:Obs>
        <generic:ObsDimension value="2021-Q3"/>
        <generic:ObsValue value="4.9"/>
      </generic:Obs>
      <generic:Obs>
        <generic:ObsDimension value="2021-Q2"/>
        <generic:ObsValue value=""/>
      </generic:Obs>
    </generic:Series>
    <!-- a group written after its series: it does not reach back to them -->
    <generic:Group type="QuarterlyGroup">
      <generic:GroupKey>
        <generic:Value id="FREQ" value="Q"/>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="IVA"/>
      </generic:GroupKey>
      <generic:Attributes>
        <generic:Value id="COMMENT_TS" value="季度数据为累计同比"/>
      </generic:Attributes>
    </generic:Group>
  </message:DataSet>
  <message:DataSet structureRef="NBS_IND_PROD_1_0" action="Information">
    <generic:Attributes>
      <generic:Value id="SOURCE_AGENCY" value="CEC"/>
      <generic:Value id="UNIT" value="KWH"/>
      <generic:Value id="UNIT_MULT" value="8"/>
    </generic:Attributes>
    <generic:Series>
      <generic:SeriesKey>
        <generic:Value id="FREQ" value="A"/>
        <generic:Value id="REF_AREA" value="CN-GD"/>
        <generic:Value id="INDICATOR" value="ELEC"/>
        <generic:Value id="ADJUSTMENT" value="N"/>
      </generic:SeriesKey>
      <generic:Attributes>
        <generic:Value id="UNIT_MULT" value="4"/>
      </generic:Attributes>
      <generic:Obs>
        <generic:ObsDimension value="2021-A1"/>
        <generic:Attributes>
          <generic:Value id="OBS_STATUS" value="L"/>
        </generic:Attributes>
      </generic:Obs>
    </generic:Series>
    <generic:Series>
      <generic:SeriesKey>
        <generic:Value id="FREQ" value="S"/>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="ELEC"/>
        <generic:Value id="ADJUSTMENT" value="N"/>
      </generic:SeriesKey>
      <generic:Obs>
        <generic:ObsDimension value="2021-S1"/>
        <generic:ObsValue value="38271.3"/>
      </generic:Obs>
    </generic:Series>
    <generic:Series>
      <generic:SeriesKey>
        <generic:Value id="FREQ" value="W"/>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="ELEC"/>
        <generic:Value id="ADJUSTMENT" value="N"/>
      </generic:SeriesKey>
      <generic:Obs>
        <generic:ObsDimension value="2021-W05"/>
        <generic:ObsValue value="158.2"/>
        <generic:Attributes>
          <generic:Value id="OBS_STATUS" value="E"/>
        </generic:Attributes>
      </generic:Obs>
      <generic:Obs>
        <generic:ObsDimension value="2021-W53"/>
        <generic:ObsValue value="n/a"/>
      </generic:Obs>
    </generic:Series>
  </message:DataSet>
</message:GenericData>$x$);
INSERT INTO sx_doc VALUES ('generic21_flat', $x$<?xml version="1.0" encoding="UTF-8"?>
<!-- policy_ext test fixture: SDMX-ML 2.1 GenericData with
     dimensionAtObservation="AllDimensions": flat observations, each with its
     whole key in <ObsKey>.  Self-made figures in the shape of Chinese
     purchasing managers' indices.  A group before the observations and one
     after. -->
<message:GenericData
    xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
    xmlns:generic="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic"
    xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
  <message:Header>
    <message:ID>PX-G21F-0001</message:ID>
    <message:Test>true</message:Test>
    <message:Prepared>2021-12-15T10:00:00+08:00</message:Prepared>
    <message:Sender id="PX_NBS"/>
    <message:Structure structureID="NBS_PMI_1_0" dimensionAtObservation="AllDimensions">
      <common:Structure>
        <Ref agencyID="PX_NBS" id="NBS_PMI" version="1.0"/>
      </common:Structure>
    </message:Structure>
  </message:Header>
  <message:DataSet structureRef="NBS_PMI_1_0">
    <generic:Attributes>
      <generic:Value id="SOURCE_AGENCY" value="NBS"/>
      <generic:Value id="DECIMALS" value="1"/>
    </generic:Attributes>
    <generic:Group type="SiblingGroup">
      <generic:GroupKey>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="PMI"/>
      </generic:GroupKey>
      <generic:Attributes>
        <generic:Value id="TITLE_COMPL" value="制造业采购经理指数"/>
        <generic:Value id="UNIT" value="IDX"/>
      </generic:Attributes>
    </generic:Group>
    <generic:Obs>
      <generic:ObsKey>
        <generic:Value id="FREQ" value="M"/>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="PMI"/>
        <generic:Value id="TIME_PERIOD" value="2021-M11"/>
      </generic:ObsKey>
      <generic:ObsValue value="50.1"/>
      <generic:Attributes>
        <generic:Value id="OBS_STATUS" value="A"/>
      </generic:Attributes>
    </generic:Obs>
    <generic:Obs>
      <generic:ObsKey>
        <generic:Value id="FREQ" value="M"/>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="PMI"/>
        <generic:Value id="TIME_PERIOD" value="2021-10"/>
      </generic:ObsKey>
      <generic:ObsValue value="49.2"/>
      <generic:Attributes>
        <generic:Value id="OBS_STATUS" value="A"/>
        <generic:Value id="DECIMALS" value="2"/>
      </generic:Attributes>
    </generic:Obs>
    <generic:Obs>
      <generic:ObsKey>
        <generic:Value id="FREQ" value="M"/>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="PMI"/>
        <generic:Value id="TIME_PERIOD" value="2021-M13"/>
      </generic:ObsKey>
      <generic:ObsValue value="NaN"/>
    </generic:Obs>
    <generic:Obs>
      <generic:ObsKey>
        <generic:Value id="FREQ" value="Q"/>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="PMI"/>
        <generic:Value id="TIME_PERIOD" value="2021-Q3"/>
      </generic:ObsKey>
      <generic:ObsValue value=""/>
    </generic:Obs>
    <generic:Obs>
      <generic:ObsKey>
        <generic:Value id="FREQ" value="A"/>
        <generic:Value id="REF_AREA" value="CN-GD"/>
        <generic:Value id="INDICATOR" value="PMI"/>
        <generic:Value id="TIME_PERIOD" value="2021-A1"/>
      </generic:ObsKey>
      <generic:Attributes>
        <generic:Value id="OBS_STATUS" value="L"/>
      </generic:Attributes>
    </generic:Obs>
    <generic:Obs>
      <generic:ObsKey>
        <generic:Value id="FREQ" value="S"/>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="NMPMI"/>
        <generic:Value id="TIME_PERIOD" value="2021-S1"/>
      </generic:ObsKey>
      <generic:ObsValue value="53.5"/>
    </generic:Obs>
    <generic:Obs>
      <generic:ObsKey>
        <generic:Value id="FREQ" value="W"/>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="PMI"/>
        <generic:Value id="TIME_PERIOD" value="2021-W05"/>
      </generic:ObsKey>
      <generic:ObsValue value="50.3"/>
      <generic:Attributes>
        <generic:Value id="OBS_STATUS" value="E"/>
      </generic:Attributes>
    </generic:Obs>
    <generic:Obs>
      <generic:ObsKey>
        <generic:Value id="FREQ" value="W"/>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="PMI"/>
        <generic:Value id="TIME_PERIOD" value="2021-W53"/>
      </generic:ObsKey>
      <generic:ObsValue value="n/a"/>
    </generic:Obs>
    <!-- a group written after the observations: it does not reach back -->
    <generic:Group type="SiblingGroup">
      <generic:GroupKey>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="NMPMI"/>
      </generic:GroupKey>
      <generic:Attributes>
        <generic:Value id="TITLE_COMPL" value="非制造业商务活动指数"/>
      </generic:Attributes>
    </generic:Group>
  </message:DataSet>
</message:GenericData>$x$);
INSERT INTO sx_doc VALUES ('generic_ts21', $x$<?xml version="1.0" encoding="UTF-8"?>
<!-- policy_ext test fixture: SDMX-ML 2.1 GenericTimeSeriesData, self-made
     figures in the shape of Chinese producer price indices.  A group before
     its series and one after. -->
<message:GenericTimeSeriesData
    xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
    xmlns:generic="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic"
    xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
  <message:Header>
    <message:ID>PX-GTS21-0001</message:ID>
    <message:Test>true</message:Test>
    <message:Prepared>2021-12-15T10:00:00+08:00</message:Prepared>
    <message:Sender id="PX_NBS"/>
    <message:Structure structureID="NBS_PPI_1_0" dimensionAtObservation="TIME_PERIOD">
      <common:Structure>
        <Ref agencyID="PX_NBS" id="NBS_PPI" version="1.0"/>
      </common:Structure>
    </message:Structure>
    <message:DataSetID>PPI_2021</message:DataSetID>
  </message:Header>
  <message:DataSet structureRef="NBS_PPI_1_0">
    <generic:Attributes>
      <generic:Value id="SOURCE_AGENCY" value="NBS"/>
      <generic:Value id="BASE_PER" value="上年同月=100"/>
      <generic:Value id="DECIMALS" value="1"/>
    </generic:Attributes>
    <generic:Group type="SiblingGroup">
      <generic:GroupKey>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="PPI"/>
      </generic:GroupKey>
      <generic:Attributes>
        <generic:Value id="TITLE_COMPL" value="工业生产者出厂价格指数"/>
        <generic:Value id="UNIT" value="IDX"/>
      </generic:Attributes>
    </generic:Group>
    <generic:Series>
      <generic:SeriesKey>
        <generic:Value id="FREQ" value="M"/>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="PPI"/>
      </generic:SeriesKey>
      <generic:Attributes>
        <generic:Value id="UNIT_MULT" value="0"/>
      </generic:Attributes>
      <generic:Obs>
        <generic:ObsDimension value="2021-M11"/>
        <generic:ObsValue value="112.9"/>
        <generic:Attributes>
          <generic:Value id="OBS_STATUS" value="A"/>
        </generic:Attributes>
      </generic:Obs>
      <generic:Obs>
        <generic:ObsDimension value="2021-10"/>
        <generic:ObsValue value="113.5"/>
        <generic:Attributes>
          <generic:Value id="OBS_STATUS" value="A"/>
          <generic:Value id="DECIMALS" value="2"/>
        </generic:Attributes>
      </generic:Obs>
      <generic:Obs>
        <generic:ObsDimension value="2021-M13"/>
        <generic:ObsValue value="NaN"/>
      </generic:Obs>
    </generic:Series>
    <generic:Series>
      <generic:SeriesKey>
        <generic:Value id="FREQ" value="Q"/>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="PPI"/>
      </generic:SeriesKey>
      <generic:Obs>
        <generic:ObsDimension value="2021-Q3"/>
        <generic:ObsValue value=""/>
      </generic:Obs>
    </generic:Series>
    <generic:Series>
      <generic:SeriesKey>
        <generic:Value id="FREQ" value="A"/>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="PPIRM"/>
      </generic:SeriesKey>
      <generic:Attributes>
        <generic:Value id="TITLE" value="工业生产者购进价格指数"/>
      </generic:Attributes>
      <generic:Obs>
        <generic:ObsDimension value="2021-A1"/>
        <generic:Attributes>
          <generic:Value id="OBS_STATUS" value="L"/>
        </generic:Attributes>
      </generic:Obs>
    </generic:Series>
    <generic:Series>
      <generic:SeriesKey>
        <generic:Value id="FREQ" value="S"/>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="PPI"/>
      </generic:SeriesKey>
      <generic:Obs>
        <generic:ObsDimension value="2021-S1"/>
        <generic:ObsValue value="105.1"/>
      </generic:Obs>
    </generic:Series>
    <generic:Series>
      <generic:SeriesKey>
        <generic:Value id="FREQ" value="W"/>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="COAL_PRICE"/>
      </generic:SeriesKey>
      <generic:Attributes>
        <generic:Value id="UNIT" value="CNY_T"/>
        <generic:Value id="BASE_PER" value="_Z"/>
      </generic:Attributes>
      <generic:Obs>
        <generic:ObsDimension value="2021-W05"/>
        <generic:ObsValue value="1012.5"/>
        <generic:Attributes>
          <generic:Value id="OBS_STATUS" value="E"/>
        </generic:Attributes>
      </generic:Obs>
      <generic:Obs>
        <generic:ObsDimension value="2021-W53"/>
        <generic:ObsValue value="n/a"/>
      </generic:Obs>
    </generic:Series>
    <!-- a group written after its series: it does not reach back to them -->
    <generic:Group type="SiblingGroup">
      <generic:GroupKey>
        <generic:Value id="REF_AREA" value="CN"/>
        <generic:Value id="INDICATOR" value="COAL_PRICE"/>
      </generic:GroupKey>
      <generic:Attributes>
        <generic:Value id="TITLE_COMPL" value="动力煤价格"/>
      </generic:Attributes>
    </generic:Group>
  </message:DataSet>
</message:GenericTimeSeriesData>$x$);
INSERT INTO sx_doc VALUES ('messagegroup20', $x$<?xml version="1.0" encoding="UTF-8"?>
<!-- policy_ext test fixture: SDMX-ML 2.0 MessageGroup, self-made figures in
     the shape of Chinese industrial statistics.  One generic dataset (no id
     of its own: the header's DataSetID names it) and one compact dataset
     (datasetID).  Each has a group before its series; the compact one also
     a group after its series. -->
<MessageGroup
    xmlns="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/message"
    xmlns:generic="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/generic"
    xmlns:st="urn:example:px:cisa:steel:compact"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Header>
    <ID>PX-MG20-0001</ID>
    <Test>true</Test>
    <Prepared>2021-12-15T10:00:00</Prepared>
    <Sender id="PX_NBS"/>
    <DataSetID>NBS_MG_2021</DataSetID>
  </Header>
  <generic:DataSet>
    <generic:KeyFamilyRef>NBS_PMI</generic:KeyFamilyRef>
    <generic:Attributes>
      <generic:Value concept="SOURCE_AGENCY" value="NBS"/>
      <generic:Value concept="DECIMALS" value="1"/>
    </generic:Attributes>
    <generic:Group type="SiblingGroup">
      <generic:GroupKey>
        <generic:Value concept="REF_AREA" value="CN"/>
        <generic:Value concept="INDICATOR" value="PMI"/>
      </generic:GroupKey>
      <generic:Attributes>
        <generic:Value concept="TITLE_COMPL" value="制造业采购经理指数"/>
        <generic:Value concept="UNIT" value="IDX"/>
      </generic:Attributes>
    </generic:Group>
    <generic:Series>
      <generic:SeriesKey>
        <generic:Value concept="FREQ" value="M"/>
        <generic:Value concept="REF_AREA" value="CN"/>
        <generic:Value concept="INDICATOR" value="PMI"/>
      </generic:SeriesKey>
      <generic:Attributes>
        <generic:Value concept="UNIT" value="IDX_50"/>
      </generic:Attributes>
      <generic:Obs>
        <generic:Time>2021-M11</generic:Time>
        <generic:ObsValue value="50.1"/>
        <generic:Attributes>
          <generic:Value concept="OBS_STATUS" value="A"/>
        </generic:Attributes>
      </generic:Obs>
      <generic:Obs>
        <generic:Time>2021-10</generic:Time>
        <generic:ObsValue value="49.2"/>
        <generic:Attributes>
          <generic:Value concept="OBS_STATUS" value="A"/>
        </generic:Attributes>
      </generic:Obs>
      <generic:Obs>
        <generic:Time>2021-M13</generic:Time>
        <generic:ObsValue value="NaN"/>
      </generic:Obs>
    </generic:Series>
    <generic:Series>
      <generic:SeriesKey>
        <generic:Value concept="FREQ" value="Q"/>
        <generic:Value concept="REF_AREA" value="CN"/>
        <generic:Value concept="INDICATOR" value="PMI"/>
      </generic:SeriesKey>
      <generic:Obs>
        <generic:Time>2021-Q3</generic:Time>
        <generic:ObsValue value="50.13"/>
        <generic:Attributes>
          <generic:Value concept="DECIMALS" value="2"/>
        </generic:Attributes>
      </generic:Obs>
      <generic:Obs>
        <generic:Time>2021-Q2</generic:Time>
        <generic:ObsValue value=""/>
      </generic:Obs>
    </generic:Series>
  </generic:DataSet>
  <st:DataSet datasetID="CISA_STEEL" SOURCE_AGENCY="CISA" UNIT="T" UNIT_MULT="0">
    <st:Group REF_AREA="CN-HE" INDICATOR="STEEL" TITLE_COMPL="河北省粗钢产量" DECIMALS="1"/>
    <st:Series FREQ="A" REF_AREA="CN-HE" INDICATOR="STEEL" UNIT_MULT="4">
      <st:Obs TIME_PERIOD="2021-A1" OBS_STATUS="L"/>
      <st:Obs TIME_PERIOD="2020" OBS_VALUE="24977.0" OBS_STATUS="A"/>
    </st:Series>
    <st:Series FREQ="S" REF_AREA="CN-HE" INDICATOR="STEEL" UNIT_MULT="4">
      <st:Obs TIME_PERIOD="2021-S1" OBS_VALUE="12413.9" OBS_STATUS="A" DECIMALS="0"/>
    </st:Series>
    <st:Series FREQ="W" REF_AREA="CN" INDICATOR="STEEL_PRICE" UNIT="CNY_T">
      <st:Obs TIME_PERIOD="2021-W05" OBS_VALUE="4735" OBS_STATUS="E"/>
      <st:Obs TIME_PERIOD="2021-W53" OBS_VALUE="n/a"/>
    </st:Series>
    <!-- a group written after its series: it does not reach back to them -->
    <st:Group REF_AREA="CN" INDICATOR="STEEL_PRICE" TITLE_COMPL="螺纹钢价格（迟到的组）"/>
  </st:DataSet>
</MessageGroup>$x$);
INSERT INTO sx_doc VALUES ('ss21', $x$<?xml version="1.0" encoding="UTF-8"?>
<!-- policy_ext test fixture: SDMX-ML 2.1 StructureSpecificData, time at
     the observation, self-made figures in the shape of Chinese industrial
     statistics.  Two datasets of two structures, each named by its
     ss:structureRef (the structure-specific schema qualifies the DataSet's
     own attributes).  A group before its series, one after. -->
<message:StructureSpecificData
    xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
    xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific"
    xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common"
    xmlns:ns1="urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=PX_NBS:NBS_IND_PROD(1.0):ObsLevelDim:TIME_PERIOD"
    xmlns:ns2="urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=PX_CEC:NBS_ENERGY(1.0):ObsLevelDim:TIME_PERIOD"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <message:Header>
    <message:ID>PX-SS21-0001</message:ID>
    <message:Test>true</message:Test>
    <message:Prepared>2021-12-15T10:00:00+08:00</message:Prepared>
    <message:Sender id="PX_NBS"/>
    <message:Structure structureID="NBS_IND_PROD_1_0" dimensionAtObservation="TIME_PERIOD"
        namespace="urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=PX_NBS:NBS_IND_PROD(1.0):ObsLevelDim:TIME_PERIOD">
      <common:Structure>
        <Ref agencyID="PX_NBS" id="NBS_IND_PROD" version="1.0"/>
      </common:Structure>
    </message:Structure>
    <message:Structure structureID="NBS_ENERGY_1_0" dimensionAtObservation="TIME_PERIOD"
        namespace="urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=PX_CEC:NBS_ENERGY(1.0):ObsLevelDim:TIME_PERIOD">
      <common:Structure>
        <Ref agencyID="PX_CEC" id="NBS_ENERGY" version="1.0"/>
      </common:Structure>
    </message:Structure>
  </message:Header>
  <message:DataSet ss:structureRef="NBS_IND_PROD_1_0" ss:dataScope="DataStructure"
      ss:action="Information" xsi:type="ns1:DataSetType" SOURCE_AGENCY="NBS" DECIMALS="1">
    <Group xsi:type="ns1:SiblingGroup" REF_AREA="CN" INDICATOR="IVA" DECIMALS="2"
        TITLE_COMPL="规模以上工业增加值，同比增长"/>
    <Series FREQ="M" REF_AREA="CN" INDICATOR="IVA" ADJUSTMENT="N" UNIT="PCT">
      <Obs TIME_PERIOD="2021-M11" OBS_VALUE="3.8" OBS_STATUS="A"/>
      <Obs TIME_PERIOD="2021-10" OBS_VALUE="3.5" OBS_STATUS="A" DECIMALS="1"/>
      <Obs TIME_PERIOD="2021-M13" OBS_VALUE="NaN" OBS_STATUS="M"/>
    </Series>
    <Series FREQ="Q" REF_AREA="CN" INDICATOR="IVA" ADJUSTMENT="N" UNIT="PCT">
      <Obs TIME_PERIOD="2021-Q3" OBS_VALUE="4.9"/>
      <Obs TIME_PERIOD="2021-Q2" OBS_VALUE="" OBS_STATUS="M"/>
    </Series>
    <!-- a group written after its series: it does not reach back to them -->
    <Group xsi:type="ns1:SiblingGroup" REF_AREA="CN" INDICATOR="IVA"
        COMMENT_TS="组写在序列之后"/>
  </message:DataSet>
  <message:DataSet ss:structureRef="NBS_ENERGY_1_0" ss:dataScope="DataStructure"
      xsi:type="ns2:DataSetType" SOURCE_AGENCY="CEC" UNIT="KWH" UNIT_MULT="8">
    <Series FREQ="A" REF_AREA="CN-GD" INDICATOR="ELEC" UNIT_MULT="4">
      <Obs TIME_PERIOD="2021-A1" OBS_STATUS="L"/>
    </Series>
    <Series FREQ="S" REF_AREA="CN" INDICATOR="ELEC">
      <Obs TIME_PERIOD="2021-S1" OBS_VALUE="38271.3"/>
    </Series>
    <Series FREQ="W" REF_AREA="CN" INDICATOR="ELEC">
      <Obs TIME_PERIOD="2021-W05" OBS_VALUE="158.2" OBS_STATUS="E"/>
      <Obs TIME_PERIOD="2021-W53" OBS_VALUE="n/a"/>
    </Series>
  </message:DataSet>
</message:StructureSpecificData>$x$);
INSERT INTO sx_doc VALUES ('ss21_dim_at_obs', $x$<?xml version="1.0" encoding="UTF-8"?>
<!-- policy_ext test fixture: SDMX-ML 2.1 StructureSpecificData with
     dimensionAtObservation="REF_AREA": each series is one period (a
     cross-section), each observation one region.  Self-made figures in the
     shape of Chinese regional industrial statistics.  A group before its
     series, one after. -->
<message:StructureSpecificData
    xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
    xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific"
    xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common"
    xmlns:ns1="urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=PX_NBS:NBS_IVA_REGION(1.0):ObsLevelDim:REF_AREA"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <message:Header>
    <message:ID>PX-SS21R-0001</message:ID>
    <message:Test>true</message:Test>
    <message:Prepared>2021-12-15T10:00:00+08:00</message:Prepared>
    <message:Sender id="PX_NBS"/>
    <message:Structure structureID="NBS_IVA_REGION_1_0" dimensionAtObservation="REF_AREA">
      <common:Structure>
        <Ref agencyID="PX_NBS" id="NBS_IVA_REGION" version="1.0"/>
      </common:Structure>
    </message:Structure>
  </message:Header>
  <message:DataSet ss:structureRef="NBS_IVA_REGION_1_0" xsi:type="ns1:DataSetType"
      SOURCE_AGENCY="NBS" DECIMALS="1">
    <Group xsi:type="ns1:SiblingGroup" FREQ="M" INDICATOR="IVA" DECIMALS="2"
        TITLE_COMPL="分地区规模以上工业增加值，同比增长"/>
    <Series FREQ="M" INDICATOR="IVA" ADJUSTMENT="N" TIME_PERIOD="2021-M11" UNIT="PCT">
      <Obs REF_AREA="CN-GD" OBS_VALUE="5.5" OBS_STATUS="A"/>
      <Obs REF_AREA="CN-JS" OBS_VALUE="5.9" OBS_STATUS="A" DECIMALS="1"/>
      <Obs REF_AREA="CN-XZ" OBS_VALUE="NaN" OBS_STATUS="M"/>
    </Series>
    <Series FREQ="M" INDICATOR="IVA" ADJUSTMENT="N" TIME_PERIOD="2021-M13" UNIT="PCT">
      <Obs REF_AREA="CN-ZJ" OBS_VALUE=""/>
    </Series>
    <Series FREQ="Q" INDICATOR="IVA" ADJUSTMENT="N" TIME_PERIOD="2021-Q3" UNIT="PCT">
      <Obs REF_AREA="CN-SD" OBS_VALUE="6.1"/>
      <Obs REF_AREA="CN-HE" OBS_STATUS="L"/>
    </Series>
    <Series FREQ="A" INDICATOR="IVA" ADJUSTMENT="N" TIME_PERIOD="2021-A1" UNIT="PCT">
      <Obs REF_AREA="CN-SH" OBS_VALUE="11.0"/>
    </Series>
    <Series FREQ="S" INDICATOR="IVA" ADJUSTMENT="N" TIME_PERIOD="2021-S1" UNIT="PCT">
      <Obs REF_AREA="CN-BJ" OBS_VALUE="31.0"/>
    </Series>
    <Series FREQ="W" INDICATOR="ELEC" ADJUSTMENT="N" TIME_PERIOD="2021-W05" UNIT="KWH" UNIT_MULT="8">
      <Obs REF_AREA="CN-GD" OBS_VALUE="25.6" OBS_STATUS="E"/>
    </Series>
    <!-- a group written after its series: it does not reach back to them -->
    <Group xsi:type="ns1:SiblingGroup" FREQ="W" INDICATOR="ELEC" TITLE_COMPL="分地区发电量（迟到的组）"/>
  </message:DataSet>
</message:StructureSpecificData>$x$);
INSERT INTO sx_doc VALUES ('ss21_flat', $x$<?xml version="1.0" encoding="UTF-8"?>
<!-- policy_ext test fixture: SDMX-ML 2.1 StructureSpecificData with
     dimensionAtObservation="AllDimensions": flat Obs elements directly in
     the dataset.  Self-made figures in the shape of Chinese energy output.
     The DataSet names no structure, so the header names the dataset (its
     DataSetID before its Structure/@structureID).  A group before the
     observations, one after. -->
<message:StructureSpecificData
    xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
    xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific"
    xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common"
    xmlns:ns1="urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=PX_NBS:NBS_ENERGY_OUTPUT(1.0):AllDimensions"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <message:Header>
    <message:ID>PX-SS21F-0001</message:ID>
    <message:Test>true</message:Test>
    <message:Prepared>2021-12-15T10:00:00+08:00</message:Prepared>
    <message:Sender id="PX_NBS"/>
    <message:Structure structureID="NBS_ENERGY_OUTPUT_1_0" dimensionAtObservation="AllDimensions">
      <common:Structure>
        <Ref agencyID="PX_NBS" id="NBS_ENERGY_OUTPUT" version="1.0"/>
      </common:Structure>
    </message:Structure>
    <message:DataSetID>ENERGY_2021</message:DataSetID>
  </message:Header>
  <message:DataSet ss:dataScope="DataStructure" xsi:type="ns1:DataSetType"
      SOURCE_AGENCY="NBS" UNIT_MULT="4" DECIMALS="1">
    <Group xsi:type="ns1:SiblingGroup" REF_AREA="CN" INDICATOR="COAL" TITLE_COMPL="原煤产量" UNIT="T"/>
    <Obs FREQ="M" REF_AREA="CN" INDICATOR="COAL" TIME_PERIOD="2021-M11" OBS_VALUE="37057" OBS_STATUS="A"/>
    <Obs FREQ="M" REF_AREA="CN" INDICATOR="COAL" TIME_PERIOD="2021-10" OBS_VALUE="35667" OBS_STATUS="A" DECIMALS="0"/>
    <Obs FREQ="M" REF_AREA="CN" INDICATOR="COAL" TIME_PERIOD="2021-M13" OBS_VALUE="NaN"/>
    <Obs FREQ="Q" REF_AREA="CN" INDICATOR="COAL" TIME_PERIOD="2021-Q3" OBS_VALUE=""/>
    <Obs FREQ="A" REF_AREA="CN-SX" INDICATOR="COAL" TIME_PERIOD="2021-A1" OBS_STATUS="L"/>
    <Obs FREQ="S" REF_AREA="CN" INDICATOR="GAS" TIME_PERIOD="2021-S1" OBS_VALUE="1045.5" UNIT="M3" UNIT_MULT="8"/>
    <Obs FREQ="W" REF_AREA="CN" INDICATOR="COAL" TIME_PERIOD="2021-W05" OBS_VALUE="8500" OBS_STATUS="E"/>
    <Obs FREQ="W" REF_AREA="CN" INDICATOR="COAL" TIME_PERIOD="2021-W53" OBS_VALUE="n/a"/>
    <!-- a group written after the observations: it does not reach back -->
    <Group xsi:type="ns1:SiblingGroup" REF_AREA="CN" INDICATOR="GAS" TITLE_COMPL="天然气产量"/>
  </message:DataSet>
</message:StructureSpecificData>$x$);
INSERT INTO sx_doc VALUES ('ss21_ts', $x$<?xml version="1.0" encoding="UTF-8"?>
<!-- policy_ext test fixture: SDMX-ML 2.1 StructureSpecificTimeSeriesData,
     self-made figures in the shape of Chinese vehicle output.  A group
     before its series and one after. -->
<message:StructureSpecificTimeSeriesData
    xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
    xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific"
    xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common"
    xmlns:ns1="urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=PX_CAAM:NBS_AUTO(1.0):ObsLevelDim:TIME_PERIOD"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <message:Header>
    <message:ID>PX-SSTS21-0001</message:ID>
    <message:Test>true</message:Test>
    <message:Prepared>2021-12-15T10:00:00+08:00</message:Prepared>
    <message:Sender id="PX_NBS"/>
    <message:Structure structureID="NBS_AUTO_1_0" dimensionAtObservation="TIME_PERIOD">
      <common:Structure>
        <Ref agencyID="PX_CAAM" id="NBS_AUTO" version="1.0"/>
      </common:Structure>
    </message:Structure>
    <message:DataSetID>AUTO_2021</message:DataSetID>
  </message:Header>
  <message:DataSet ss:structureRef="NBS_AUTO_1_0" xsi:type="ns1:TimeSeriesDataSetType"
      SOURCE_AGENCY="CAAM" DECIMALS="1">
    <Group xsi:type="ns1:SiblingGroup" REF_AREA="CN" INDICATOR="NEV"
        TITLE_COMPL="新能源汽车产量" UNIT="VEH" UNIT_MULT="4"/>
    <Series xsi:type="ns1:SeriesType" FREQ="M" REF_AREA="CN" INDICATOR="NEV" TIME_FORMAT="P1M">
      <Obs xsi:type="ns1:TimeSeriesObsType" TIME_PERIOD="2021-M11" OBS_VALUE="45.7" OBS_STATUS="A"/>
      <Obs xsi:type="ns1:TimeSeriesObsType" TIME_PERIOD="2021-10" OBS_VALUE="39.7" OBS_STATUS="A" DECIMALS="0"/>
      <Obs xsi:type="ns1:TimeSeriesObsType" TIME_PERIOD="2021-M13" OBS_VALUE="NaN"/>
    </Series>
    <Series xsi:type="ns1:SeriesType" FREQ="Q" REF_AREA="CN" INDICATOR="NEV" TIME_FORMAT="P3M">
      <Obs xsi:type="ns1:TimeSeriesObsType" TIME_PERIOD="2021-Q3" OBS_VALUE=""/>
    </Series>
    <Series xsi:type="ns1:SeriesType" FREQ="A" REF_AREA="CN" INDICATOR="AUTO" TIME_FORMAT="P1Y"
        UNIT="VEH" UNIT_MULT="4">
      <Obs xsi:type="ns1:TimeSeriesObsType" TIME_PERIOD="2021-A1" OBS_STATUS="L"/>
    </Series>
    <Series xsi:type="ns1:SeriesType" FREQ="S" REF_AREA="CN" INDICATOR="NEV" TIME_FORMAT="P6M">
      <Obs xsi:type="ns1:TimeSeriesObsType" TIME_PERIOD="2021-S1" OBS_VALUE="121.5"/>
    </Series>
    <Series xsi:type="ns1:SeriesType" FREQ="W" REF_AREA="CN" INDICATOR="NEV_RETAIL" TIME_FORMAT="P7D"
        UNIT="VEH" UNIT_MULT="4">
      <Obs xsi:type="ns1:TimeSeriesObsType" TIME_PERIOD="2021-W05" OBS_VALUE="5.1" OBS_STATUS="E"/>
      <Obs xsi:type="ns1:TimeSeriesObsType" TIME_PERIOD="2021-W53" OBS_VALUE="n/a"/>
    </Series>
    <!-- a group written after its series: it does not reach back to them -->
    <Group xsi:type="ns1:SiblingGroup" REF_AREA="CN" INDICATOR="NEV_RETAIL"
        TITLE_COMPL="乘用车零售（迟到的组）"/>
  </message:DataSet>
</message:StructureSpecificTimeSeriesData>$x$);
INSERT INTO sx_doc VALUES ('ss30', $x$<?xml version="1.0" encoding="UTF-8"?>
<!-- policy_ext test fixture: SDMX-ML 3.0 StructureSpecificData, time at the
     observation, self-made figures in the shape of Chinese retail sales.  A
     group before its series and one after. -->
<message:StructureSpecificData
    xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v3_0/message"
    xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v3_0/data/structurespecific"
    xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v3_0/common"
    xmlns:ns1="urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=PX_NBS:RETAIL(1.0):ObsLevelDim:TIME_PERIOD"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <message:Header>
    <message:ID>PX-SS30-0001</message:ID>
    <message:Test>true</message:Test>
    <message:Prepared>2021-12-15T10:00:00+08:00</message:Prepared>
    <message:Sender id="PX_NBS"/>
    <message:Structure structureID="NBS_RETAIL_1_0" dimensionAtObservation="TIME_PERIOD"
        namespace="urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=PX_NBS:RETAIL(1.0):ObsLevelDim:TIME_PERIOD">
      <common:StructureUsage>urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=PX_NBS:RETAIL(1.0)</common:StructureUsage>
    </message:Structure>
  </message:Header>
  <message:DataSet ss:structureRef="NBS_RETAIL_1_0" ss:action="Information" xsi:type="ns1:DataSetType"
      SOURCE_AGENCY="NBS" DECIMALS="1">
    <Group xsi:type="ns1:SiblingGroup" REF_AREA="CN" INDICATOR="RETAIL"
        TITLE_COMPL="社会消费品零售总额" UNIT="CNY" UNIT_MULT="8"/>
    <Series FREQ="M" REF_AREA="CN" INDICATOR="RETAIL" ADJUSTMENT="N">
      <Obs TIME_PERIOD="2021-M11" OBS_VALUE="41043" OBS_STATUS="A"/>
      <Obs TIME_PERIOD="2021-10" OBS_VALUE="40454" OBS_STATUS="A" DECIMALS="0"/>
      <Obs TIME_PERIOD="2021-M13" OBS_VALUE="NaN" OBS_STATUS="M"/>
    </Series>
    <Series FREQ="Q" REF_AREA="CN" INDICATOR="RETAIL" ADJUSTMENT="N">
      <Obs TIME_PERIOD="2021-Q3" OBS_VALUE=""/>
    </Series>
    <Series FREQ="A" REF_AREA="CN" INDICATOR="RETAIL_ONLINE" ADJUSTMENT="N" UNIT="CNY" UNIT_MULT="8">
      <Obs TIME_PERIOD="2021-A1" OBS_STATUS="L"/>
    </Series>
    <Series FREQ="S" REF_AREA="CN" INDICATOR="RETAIL" ADJUSTMENT="N" UNIT_MULT="4">
      <Obs TIME_PERIOD="2021-S1" OBS_VALUE="2119040"/>
    </Series>
    <Series FREQ="W" REF_AREA="CN" INDICATOR="RETAIL_AUTO" ADJUSTMENT="N" UNIT="VEH" UNIT_MULT="4">
      <Obs TIME_PERIOD="2021-W05" OBS_VALUE="36.2" OBS_STATUS="E"/>
      <Obs TIME_PERIOD="2021-W53" OBS_VALUE="n/a"/>
    </Series>
    <!-- a group written after its series: it does not reach back to them -->
    <Group xsi:type="ns1:SiblingGroup" REF_AREA="CN" INDICATOR="RETAIL_AUTO"
        TITLE_COMPL="乘用车零售（迟到的组）"/>
  </message:DataSet>
</message:StructureSpecificData>$x$);
INSERT INTO sx_doc VALUES ('utility20', $x$<?xml version="1.0" encoding="UTF-8"?>
<!-- policy_ext test fixture: SDMX-ML 2.0 UtilityData, self-made figures in
     the shape of Chinese industrial statistics.  The utility form of the
     SDMX 2.0 schemas (SDMXUtilityData.xsd and the key-family schemas made
     from it): attributes are XML attributes, but the series key is a <Key>
     element with one child element per dimension, and the time and the
     value are child elements of <Obs>; a group holds its series.  The
     series outside the group come before it. -->
<message:UtilityData
    xmlns:message="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/message"
    xmlns:u="urn:example:px:nbs:cement:utility"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <message:Header>
    <message:ID>PX-U20-0001</message:ID>
    <message:Test>true</message:Test>
    <message:Prepared>2021-12-15T10:00:00</message:Prepared>
    <message:Sender id="PX_NBS"/>
    <message:DataSetID>NBS_CEMENT</message:DataSetID>
  </message:Header>
  <u:DataSet SOURCE_AGENCY="NBS" DECIMALS="1">
    <u:Series UNIT="T" UNIT_MULT="4">
      <u:Key>
        <u:FREQ>A</u:FREQ>
        <u:REF_AREA>CN-SD</u:REF_AREA>
        <u:INDICATOR>CEMENT</u:INDICATOR>
      </u:Key>
      <u:Obs OBS_STATUS="L">
        <u:TIME_PERIOD>2021-A1</u:TIME_PERIOD>
      </u:Obs>
    </u:Series>
    <u:Series UNIT="T" UNIT_MULT="4">
      <u:Key>
        <u:FREQ>S</u:FREQ>
        <u:REF_AREA>CN-SD</u:REF_AREA>
        <u:INDICATOR>CEMENT</u:INDICATOR>
      </u:Key>
      <u:Obs>
        <u:TIME_PERIOD>2021-S1</u:TIME_PERIOD>
        <u:OBS_VALUE>7712.4</u:OBS_VALUE>
      </u:Obs>
    </u:Series>
    <u:Series UNIT="CNY_T">
      <u:Key>
        <u:FREQ>W</u:FREQ>
        <u:REF_AREA>CN</u:REF_AREA>
        <u:INDICATOR>CEMENT_PRICE</u:INDICATOR>
      </u:Key>
      <u:Obs OBS_STATUS="E">
        <u:TIME_PERIOD>2021-W05</u:TIME_PERIOD>
        <u:OBS_VALUE>498.3</u:OBS_VALUE>
      </u:Obs>
      <u:Obs>
        <u:TIME_PERIOD>2021-W53</u:TIME_PERIOD>
        <u:OBS_VALUE>n/a</u:OBS_VALUE>
      </u:Obs>
    </u:Series>
    <u:Group TITLE_COMPL="全国水泥产量" UNIT="T" UNIT_MULT="4" DECIMALS="2">
      <u:Series COLLECTION="E">
        <u:Key>
          <u:FREQ>M</u:FREQ>
          <u:REF_AREA>CN</u:REF_AREA>
          <u:INDICATOR>CEMENT</u:INDICATOR>
        </u:Key>
        <u:Obs OBS_STATUS="A">
          <u:TIME_PERIOD>2021-M11</u:TIME_PERIOD>
          <u:OBS_VALUE>21500.3</u:OBS_VALUE>
        </u:Obs>
        <u:Obs OBS_STATUS="A" DECIMALS="1">
          <u:TIME_PERIOD>2021-10</u:TIME_PERIOD>
          <u:OBS_VALUE>20745.1</u:OBS_VALUE>
        </u:Obs>
        <u:Obs OBS_STATUS="M">
          <u:TIME_PERIOD>2021-M13</u:TIME_PERIOD>
          <u:OBS_VALUE>NaN</u:OBS_VALUE>
        </u:Obs>
      </u:Series>
      <u:Series COLLECTION="E">
        <u:Key>
          <u:FREQ>Q</u:FREQ>
          <u:REF_AREA>CN</u:REF_AREA>
          <u:INDICATOR>CEMENT</u:INDICATOR>
        </u:Key>
        <u:Obs>
          <u:TIME_PERIOD>2021-Q3</u:TIME_PERIOD>
          <u:OBS_VALUE/>
        </u:Obs>
      </u:Series>
    </u:Group>
  </u:DataSet>
</message:UtilityData>$x$);
-- END fixtures

CREATE TABLE sx_want (doc text, dataset text, series_key text, dims jsonb,
                      time_period text, period period, value double precision,
                      attrs jsonb);

-- The hand-worked rows of message msg, each with "given": whether
-- sdmx_observations() returned exactly that row (every column equal, NULL
-- equal to NULL).
CREATE FUNCTION sx_rows(msg text)
RETURNS TABLE (dataset text, series_key text, dims jsonb, time_period text,
               period period, value double precision, attrs jsonb, given boolean)
LANGUAGE sql STABLE AS $$
    SELECT w.dataset, w.series_key, w.dims, w.time_period, w.period, w.value, w.attrs,
           EXISTS (SELECT FROM sx_doc d, sdmx_observations(d.doc) o
                   WHERE d.name = w.doc
                     AND (o.dataset, o.series_key, o.dims, o.time_period,
                          o.period, o.value, o.attrs)
                         IS NOT DISTINCT FROM
                         (w.dataset, w.series_key, w.dims, w.time_period,
                          w.period, w.value, w.attrs))
    FROM sx_want w
    WHERE w.doc = msg
    ORDER BY w.dataset, w.series_key, w.time_period
$$;

-- The rows sdmx_observations() returned for message msg beyond the
-- hand-worked ones (as a multiset: a row returned twice shows once here).
CREATE FUNCTION sx_extra(msg text)
RETURNS TABLE (dataset text, series_key text, dims jsonb, time_period text,
               period period, value double precision, attrs jsonb)
LANGUAGE sql STABLE AS $$
    SELECT o.* FROM sx_doc d, sdmx_observations(d.doc) o WHERE d.name = msg
    EXCEPT ALL
    SELECT w.dataset, w.series_key, w.dims, w.time_period, w.period, w.value, w.attrs
    FROM sx_want w WHERE w.doc = msg
    ORDER BY 1, 2, 4
$$;

-- Rules used throughout (doc/sdmx.md):
--   dataset     the DataSet's ID, datasetID, setID or structureRef (in any
--               namespace: ss:structureRef), else the header's DataSetID,
--               Structure/@structureID or KeyFamilyRef, in that order.
--   series_key  the dimension values but time, joined with ".", series
--               dimensions first, in the order written.
--   dims        every dimension, the time dimension included.
--   period      time_period read as a period, NULL when it is none: 2021-M11
--               is 2021-11, 2021-A1 is 2021; 2021-M13 and 2021-W53 (2021 has
--               52 ISO weeks) are no periods.
--   value       NULL for NaN, empty, missing, and what is no xs:double
--               number ("n/a").
--   attrs       dataset, then matching groups written before the series,
--               then series, then observation; the most specific wins.
--   compact and structure-specific: a Series' XML attributes are
--               dimensions except the cross-domain attribute names
--               (BASE_PER, COLLECTION, COMMENT_TS, DECIMALS, OBS_STATUS,
--               SOURCE_AGENCY, TIME_FORMAT, TITLE, TITLE_COMPL, UNIT,
--               UNIT_MEASURE, UNIT_MULT ...); on an Obs everything but
--               OBS_VALUE, the time and the dimension at the observation is
--               an attribute.  A
--               compact group's names that the series has as dimensions are
--               its key (equal values: it applies), the rest attributes.

-- 1. generic20.xml: SDMX-ML 2.0 GenericData.
--    Dataset 1 names no id of its own (its <KeyFamilyRef> child is none of
--    the four); the header has no DataSetID and no Structure, and its
--    KeyFamilyRef is NBS_IND: dataset NBS_IND.  Dataset 2: datasetID
--    NBS_ENERGY_W (before its KeyFamilyRef NBS_ENERGY).
--    Dataset 1 attributes: SOURCE_AGENCY NBS, DECIMALS 1, UNIT_MULT 0.  The
--    group (REF_AREA CN, INDICATOR IVA; TITLE_COMPL, DECIMALS 2) holds the
--    monthly series, which comes after the group's key and attributes, and
--    the quarterly series follows the group: both are CN/IVA and get its
--    attributes.  The Guangdong steel series (CN-GD) does not match.
--    Dataset 2: SOURCE_AGENCY CEC, UNIT KWH, UNIT_MULT 8; the weekly series
--    sets UNIT_MULT 6 and COLLECTION S; its group (CN/ELEC, TITLE_COMPL
--    全社会发电量) comes after both series and reaches neither.
--    <Time> gives TIME_PERIOD in dims; the CDATA 2021-Q3 is the text 2021-Q3.
INSERT INTO sx_want VALUES
    ('generic20', 'NBS_IND', 'M.CN.IVA.N',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-M11"}',
     '2021-M11', '2021-11', 3.8,          -- group's DECIMALS 2 over the dataset's 1
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "UNIT_MULT": "0", "TITLE_COMPL": "规模以上工业增加值，同比增长", "UNIT": "PCT", "OBS_STATUS": "A"}'),
    ('generic20', 'NBS_IND', 'M.CN.IVA.N',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-10"}',
     '2021-10', '2021-10', 3.5,           -- the observation's DECIMALS 1 over the group's 2
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT_MULT": "0", "TITLE_COMPL": "规模以上工业增加值，同比增长", "UNIT": "PCT", "OBS_STATUS": "A"}'),
    ('generic20', 'NBS_IND', 'M.CN.IVA.N',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-M13"}',
     '2021-M13', NULL, NULL,              -- no month 13; NaN
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "UNIT_MULT": "0", "TITLE_COMPL": "规模以上工业增加值，同比增长", "UNIT": "PCT", "OBS_STATUS": "M"}'),
    ('generic20', 'NBS_IND', 'Q.CN.IVA.N',
     '{"FREQ": "Q", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-Q3"}',
     '2021-Q3', '2021-Q3', 4.9,           -- CDATA time; the group applies (written before)
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "UNIT_MULT": "0", "TITLE_COMPL": "规模以上工业增加值，同比增长", "UNIT": "PCT"}'),
    ('generic20', 'NBS_IND', 'Q.CN.IVA.N',
     '{"FREQ": "Q", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-Q2"}',
     '2021-Q2', '2021-Q2', NULL,          -- empty value
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "UNIT_MULT": "0", "TITLE_COMPL": "规模以上工业增加值，同比增长", "UNIT": "PCT", "OBS_STATUS": "M"}'),
    ('generic20', 'NBS_IND', 'A.CN-GD.STEEL.N',
     '{"FREQ": "A", "REF_AREA": "CN-GD", "INDICATOR": "STEEL", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-A1"}',
     '2021-A1', '2021', NULL,             -- no ObsValue; series UNIT_MULT 4 over 0
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT_MULT": "4", "UNIT": "T", "TITLE": "广东省粗钢产量", "OBS_STATUS": "L"}'),
    ('generic20', 'NBS_ENERGY_W', 'S.CN.ELEC',
     '{"FREQ": "S", "REF_AREA": "CN", "INDICATOR": "ELEC", "TIME_PERIOD": "2021-S1"}',
     '2021-S1', '2021-S1', 38271.3,
     '{"SOURCE_AGENCY": "CEC", "UNIT": "KWH", "UNIT_MULT": "8", "OBS_STATUS": "A"}'),
    ('generic20', 'NBS_ENERGY_W', 'W.CN.ELEC',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "ELEC", "TIME_PERIOD": "2021-W05"}',
     '2021-W05', '2021-W05', 15782,       -- no TITLE_COMPL: that group came later
     '{"SOURCE_AGENCY": "CEC", "UNIT": "KWH", "UNIT_MULT": "6", "COLLECTION": "S", "OBS_STATUS": "E"}'),
    ('generic20', 'NBS_ENERGY_W', 'W.CN.ELEC',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "ELEC", "TIME_PERIOD": "2021-W53"}',
     '2021-W53', NULL, NULL,              -- 2021 has no week 53; "n/a"
     '{"SOURCE_AGENCY": "CEC", "UNIT": "KWH", "UNIT_MULT": "6", "COLLECTION": "S", "OBS_STATUS": "M", "COMMENT_OBS": "2021年无第53周"}');
SELECT * FROM sx_rows('generic20');
SELECT * FROM sx_extra('generic20');

-- 2. compact20.xml: SDMX-ML 2.0 CompactData.
--    Dataset 1: datasetID NBS_IND_M.  Its XML attributes datasetID, action,
--    validFromDate and keyFamilyURI are bookkeeping; SOURCE_AGENCY NBS and
--    DECIMALS 1 are its attributes.  Dataset 2 names no id: the header's
--    KeyFamilyRef NBS_IND (no DataSetID, no Structure); its attribute
--    DECIMALS 1 (action is bookkeeping).
--    On a Series, UNIT_MEASURE and UNIT_MULT are cross-domain attribute
--    names: attributes; ADJUSTMENT is none: a dimension, part of the key.
--    OBS_FLAG on an Obs is an attribute: there everything else is.
--    The group before the series, REF_AREA="CN" INDICATOR="IVA" UNIT="PCT"
--    DECIMALS="2" TITLE_COMPL=...: REF_AREA and INDICATOR are dimensions of
--    the monthly IVA series with the same values, so it applies, and UNIT,
--    DECIMALS, TITLE_COMPL are its attributes (REF_AREA and INDICATOR are
--    its key, not attributes).  The PPI series has INDICATOR PPI: it does
--    not apply; the PPI group after the series reaches nothing.  Groups are
--    the dataset's: the quarterly IVA series of dataset 2 gets nothing from
--    dataset 1's group.
--    Entities in attribute values are XML's: &amp; is &, &#8212; an em
--    dash, &#27993;&#27743; 浙江.
INSERT INTO sx_want VALUES
    ('compact20', 'NBS_IND_M', 'M.CN.IVA.N',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-M11"}',
     '2021-M11', '2021-11', 3.8,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "UNIT": "PCT", "TITLE_COMPL": "Industrial value added above designated size, y-o-y", "UNIT_MEASURE": "PCT_YOY", "UNIT_MULT": "0", "OBS_STATUS": "A"}'),
    ('compact20', 'NBS_IND_M', 'M.CN.IVA.N',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-10"}',
     '2021-10', '2021-10', 3.5,           -- the observation's DECIMALS 1
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT": "PCT", "TITLE_COMPL": "Industrial value added above designated size, y-o-y", "UNIT_MEASURE": "PCT_YOY", "UNIT_MULT": "0", "OBS_STATUS": "A"}'),
    ('compact20', 'NBS_IND_M', 'M.CN.IVA.N',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-M13"}',
     '2021-M13', NULL, NULL,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "UNIT": "PCT", "TITLE_COMPL": "Industrial value added above designated size, y-o-y", "UNIT_MEASURE": "PCT_YOY", "UNIT_MULT": "0", "OBS_STATUS": "M", "OBS_FLAG": "x"}'),
    ('compact20', 'NBS_IND_M', 'M.CN.PPI.N',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "PPI", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-11"}',
     '2021-11', '2021-11', 112.9,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT_MULT": "0", "TITLE": "工业生产者出厂价格指数（上年同月=100）", "BASE_PER": "上年同月=100", "OBS_STATUS": "A"}'),
    ('compact20', 'NBS_IND_M', 'M.CN.PPI.N',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "PPI", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-12"}',
     '2021-12', '2021-12', NULL,          -- empty value; the late group is not here
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT_MULT": "0", "TITLE": "工业生产者出厂价格指数（上年同月=100）", "BASE_PER": "上年同月=100", "OBS_STATUS": "M"}'),
    ('compact20', 'NBS_IND', 'Q.CN.IVA.N',
     '{"FREQ": "Q", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-Q3"}',
     '2021-Q3', '2021-Q3', 4.9,           -- dataset 2: no group
     '{"DECIMALS": "1", "UNIT_MEASURE": "PCT_YOY", "OBS_STATUS": "A"}'),
    ('compact20', 'NBS_IND', 'S.CN-ZJ.TEXTILE.N',
     '{"FREQ": "S", "REF_AREA": "CN-ZJ", "INDICATOR": "TEXTILE", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-S1"}',
     '2021-S1', '2021-S1', 1523.4,
     '{"DECIMALS": "1", "TITLE": "Textiles & apparel — 浙江", "UNIT": "CNY", "UNIT_MULT": "8", "OBS_STATUS": "P"}'),
    ('compact20', 'NBS_IND', 'A.CN-JS.AUTO.N',
     '{"FREQ": "A", "REF_AREA": "CN-JS", "INDICATOR": "AUTO", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-A1"}',
     '2021-A1', '2021', NULL,             -- no OBS_VALUE
     '{"DECIMALS": "1", "UNIT": "VEH", "UNIT_MULT": "4", "OBS_STATUS": "L"}'),
    ('compact20', 'NBS_IND', 'W.CN.ELEC.N',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "ELEC", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-W05"}',
     '2021-W05', '2021-W05', 158.2,
     '{"DECIMALS": "1", "UNIT": "KWH", "UNIT_MULT": "8", "OBS_STATUS": "E"}'),
    ('compact20', 'NBS_IND', 'W.CN.ELEC.N',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "ELEC", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-W53"}',
     '2021-W53', NULL, NULL,
     '{"DECIMALS": "1", "UNIT": "KWH", "UNIT_MULT": "8"}');
SELECT * FROM sx_rows('compact20');
SELECT * FROM sx_extra('compact20');

-- 3. utility20.xml: SDMX-ML 2.0 UtilityData, in the form of the 2.0
--    utility schemas: the key is <Key><FREQ>A</FREQ>...</Key> and the time
--    and value are <TIME_PERIOD> and <OBS_VALUE> elements; attributes are
--    XML attributes.  (doc/sdmx.md describes UtilityData with the compact
--    form; the rows below are what this message says, in the columns the
--    doc defines.)
--    The DataSet names no id: the header's DataSetID NBS_CEMENT.  Its
--    attributes SOURCE_AGENCY NBS, DECIMALS 1.  The group (TITLE_COMPL
--    全国水泥产量, UNIT T, UNIT_MULT 4, DECIMALS 2) holds the monthly and
--    quarterly series: they come after its attributes and get them; the
--    three series before it do not.
INSERT INTO sx_want VALUES
    ('utility20', 'NBS_CEMENT', 'A.CN-SD.CEMENT',
     '{"FREQ": "A", "REF_AREA": "CN-SD", "INDICATOR": "CEMENT", "TIME_PERIOD": "2021-A1"}',
     '2021-A1', '2021', NULL,             -- no OBS_VALUE element
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT": "T", "UNIT_MULT": "4", "OBS_STATUS": "L"}'),
    ('utility20', 'NBS_CEMENT', 'S.CN-SD.CEMENT',
     '{"FREQ": "S", "REF_AREA": "CN-SD", "INDICATOR": "CEMENT", "TIME_PERIOD": "2021-S1"}',
     '2021-S1', '2021-S1', 7712.4,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT": "T", "UNIT_MULT": "4"}'),
    ('utility20', 'NBS_CEMENT', 'W.CN.CEMENT_PRICE',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "CEMENT_PRICE", "TIME_PERIOD": "2021-W05"}',
     '2021-W05', '2021-W05', 498.3,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT": "CNY_T", "OBS_STATUS": "E"}'),
    ('utility20', 'NBS_CEMENT', 'W.CN.CEMENT_PRICE',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "CEMENT_PRICE", "TIME_PERIOD": "2021-W53"}',
     '2021-W53', NULL, NULL,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT": "CNY_T"}'),
    ('utility20', 'NBS_CEMENT', 'M.CN.CEMENT',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "CEMENT", "TIME_PERIOD": "2021-M11"}',
     '2021-M11', '2021-11', 21500.3,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "TITLE_COMPL": "全国水泥产量", "UNIT": "T", "UNIT_MULT": "4", "COLLECTION": "E", "OBS_STATUS": "A"}'),
    ('utility20', 'NBS_CEMENT', 'M.CN.CEMENT',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "CEMENT", "TIME_PERIOD": "2021-10"}',
     '2021-10', '2021-10', 20745.1,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "TITLE_COMPL": "全国水泥产量", "UNIT": "T", "UNIT_MULT": "4", "COLLECTION": "E", "OBS_STATUS": "A"}'),
    ('utility20', 'NBS_CEMENT', 'M.CN.CEMENT',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "CEMENT", "TIME_PERIOD": "2021-M13"}',
     '2021-M13', NULL, NULL,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "TITLE_COMPL": "全国水泥产量", "UNIT": "T", "UNIT_MULT": "4", "COLLECTION": "E", "OBS_STATUS": "M"}'),
    ('utility20', 'NBS_CEMENT', 'Q.CN.CEMENT',
     '{"FREQ": "Q", "REF_AREA": "CN", "INDICATOR": "CEMENT", "TIME_PERIOD": "2021-Q3"}',
     '2021-Q3', '2021-Q3', NULL,          -- <OBS_VALUE/>: empty
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "TITLE_COMPL": "全国水泥产量", "UNIT": "T", "UNIT_MULT": "4", "COLLECTION": "E"}');
SELECT * FROM sx_rows('utility20');
SELECT * FROM sx_extra('utility20');

-- 4. messagegroup20.xml: SDMX-ML 2.0 MessageGroup, a generic dataset then
--    a compact one.
--    The generic dataset names no id of its own (its <KeyFamilyRef> child
--    NBS_PMI is none of ID, datasetID, setID, structureRef): the header's
--    DataSetID NBS_MG_2021.  Attributes SOURCE_AGENCY NBS, DECIMALS 1; its
--    group (CN/PMI, TITLE_COMPL 制造业采购经理指数, UNIT IDX) comes before
--    both PMI series; the monthly series' own UNIT IDX_50 wins over it.
--    The compact dataset: datasetID CISA_STEEL; attributes SOURCE_AGENCY
--    CISA, UNIT T, UNIT_MULT 0.  Its group REF_AREA="CN-HE"
--    INDICATOR="STEEL" (key) TITLE_COMPL, DECIMALS 1 (attributes) applies to
--    the two Hebei steel series, not to the price series (REF_AREA CN); the
--    group after the price series reaches nothing.
INSERT INTO sx_want VALUES
    ('messagegroup20', 'NBS_MG_2021', 'M.CN.PMI',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "PMI", "TIME_PERIOD": "2021-M11"}',
     '2021-M11', '2021-11', 50.1,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "TITLE_COMPL": "制造业采购经理指数", "UNIT": "IDX_50", "OBS_STATUS": "A"}'),
    ('messagegroup20', 'NBS_MG_2021', 'M.CN.PMI',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "PMI", "TIME_PERIOD": "2021-10"}',
     '2021-10', '2021-10', 49.2,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "TITLE_COMPL": "制造业采购经理指数", "UNIT": "IDX_50", "OBS_STATUS": "A"}'),
    ('messagegroup20', 'NBS_MG_2021', 'M.CN.PMI',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "PMI", "TIME_PERIOD": "2021-M13"}',
     '2021-M13', NULL, NULL,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "TITLE_COMPL": "制造业采购经理指数", "UNIT": "IDX_50"}'),
    ('messagegroup20', 'NBS_MG_2021', 'Q.CN.PMI',
     '{"FREQ": "Q", "REF_AREA": "CN", "INDICATOR": "PMI", "TIME_PERIOD": "2021-Q3"}',
     '2021-Q3', '2021-Q3', 50.13,         -- the observation's DECIMALS 2
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "TITLE_COMPL": "制造业采购经理指数", "UNIT": "IDX"}'),
    ('messagegroup20', 'NBS_MG_2021', 'Q.CN.PMI',
     '{"FREQ": "Q", "REF_AREA": "CN", "INDICATOR": "PMI", "TIME_PERIOD": "2021-Q2"}',
     '2021-Q2', '2021-Q2', NULL,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "TITLE_COMPL": "制造业采购经理指数", "UNIT": "IDX"}'),
    ('messagegroup20', 'CISA_STEEL', 'A.CN-HE.STEEL',
     '{"FREQ": "A", "REF_AREA": "CN-HE", "INDICATOR": "STEEL", "TIME_PERIOD": "2021-A1"}',
     '2021-A1', '2021', NULL,
     '{"SOURCE_AGENCY": "CISA", "UNIT": "T", "UNIT_MULT": "4", "TITLE_COMPL": "河北省粗钢产量", "DECIMALS": "1", "OBS_STATUS": "L"}'),
    ('messagegroup20', 'CISA_STEEL', 'A.CN-HE.STEEL',
     '{"FREQ": "A", "REF_AREA": "CN-HE", "INDICATOR": "STEEL", "TIME_PERIOD": "2020"}',
     '2020', '2020', 24977,
     '{"SOURCE_AGENCY": "CISA", "UNIT": "T", "UNIT_MULT": "4", "TITLE_COMPL": "河北省粗钢产量", "DECIMALS": "1", "OBS_STATUS": "A"}'),
    ('messagegroup20', 'CISA_STEEL', 'S.CN-HE.STEEL',
     '{"FREQ": "S", "REF_AREA": "CN-HE", "INDICATOR": "STEEL", "TIME_PERIOD": "2021-S1"}',
     '2021-S1', '2021-S1', 12413.9,       -- the observation's DECIMALS 0 over the group's 1
     '{"SOURCE_AGENCY": "CISA", "UNIT": "T", "UNIT_MULT": "4", "TITLE_COMPL": "河北省粗钢产量", "DECIMALS": "0", "OBS_STATUS": "A"}'),
    ('messagegroup20', 'CISA_STEEL', 'W.CN.STEEL_PRICE',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "STEEL_PRICE", "TIME_PERIOD": "2021-W05"}',
     '2021-W05', '2021-W05', 4735,
     '{"SOURCE_AGENCY": "CISA", "UNIT": "CNY_T", "UNIT_MULT": "0", "OBS_STATUS": "E"}'),
    ('messagegroup20', 'CISA_STEEL', 'W.CN.STEEL_PRICE',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "STEEL_PRICE", "TIME_PERIOD": "2021-W53"}',
     '2021-W53', NULL, NULL,
     '{"SOURCE_AGENCY": "CISA", "UNIT": "CNY_T", "UNIT_MULT": "0"}');
SELECT * FROM sx_rows('messagegroup20');
SELECT * FROM sx_extra('messagegroup20');

-- 5. generic21.xml: SDMX-ML 2.1 GenericData, dimensionAtObservation
--    TIME_PERIOD: <ObsDimension value=> is TIME_PERIOD.
--    Dataset 1: setID IND_2021M11 comes before structureRef in the list.
--    Dataset 2: structureRef NBS_IND_PROD_1_0.
--    Dataset 1: SOURCE_AGENCY NBS, DECIMALS 1; its group (CN/IVA;
--    TITLE_COMPL, DECIMALS 2) is before both series.  The group after them
--    (FREQ Q, CN, IVA; COMMENT_TS) reaches neither.  Dataset 2:
--    SOURCE_AGENCY CEC, UNIT KWH, UNIT_MULT 8; no group.
INSERT INTO sx_want VALUES
    ('generic21', 'IND_2021M11', 'M.CN.IVA.N',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-M11"}',
     '2021-M11', '2021-11', 3.8,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "TITLE_COMPL": "规模以上工业增加值，同比增长", "UNIT": "PCT", "OBS_STATUS": "A"}'),
    ('generic21', 'IND_2021M11', 'M.CN.IVA.N',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-10"}',
     '2021-10', '2021-10', 3.5,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "TITLE_COMPL": "规模以上工业增加值，同比增长", "UNIT": "PCT", "OBS_STATUS": "A"}'),
    ('generic21', 'IND_2021M11', 'M.CN.IVA.N',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-M13"}',
     '2021-M13', NULL, NULL,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "TITLE_COMPL": "规模以上工业增加值，同比增长", "UNIT": "PCT", "OBS_STATUS": "M"}'),
    ('generic21', 'IND_2021M11', 'Q.CN.IVA.N',
     '{"FREQ": "Q", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-Q3"}',
     '2021-Q3', '2021-Q3', 4.9,           -- no COMMENT_TS: that group came later
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "TITLE_COMPL": "规模以上工业增加值，同比增长"}'),
    ('generic21', 'IND_2021M11', 'Q.CN.IVA.N',
     '{"FREQ": "Q", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-Q2"}',
     '2021-Q2', '2021-Q2', NULL,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "TITLE_COMPL": "规模以上工业增加值，同比增长"}'),
    ('generic21', 'NBS_IND_PROD_1_0', 'A.CN-GD.ELEC.N',
     '{"FREQ": "A", "REF_AREA": "CN-GD", "INDICATOR": "ELEC", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-A1"}',
     '2021-A1', '2021', NULL,             -- no ObsValue; series UNIT_MULT 4 over 8
     '{"SOURCE_AGENCY": "CEC", "UNIT": "KWH", "UNIT_MULT": "4", "OBS_STATUS": "L"}'),
    ('generic21', 'NBS_IND_PROD_1_0', 'S.CN.ELEC.N',
     '{"FREQ": "S", "REF_AREA": "CN", "INDICATOR": "ELEC", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-S1"}',
     '2021-S1', '2021-S1', 38271.3,
     '{"SOURCE_AGENCY": "CEC", "UNIT": "KWH", "UNIT_MULT": "8"}'),
    ('generic21', 'NBS_IND_PROD_1_0', 'W.CN.ELEC.N',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "ELEC", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-W05"}',
     '2021-W05', '2021-W05', 158.2,
     '{"SOURCE_AGENCY": "CEC", "UNIT": "KWH", "UNIT_MULT": "8", "OBS_STATUS": "E"}'),
    ('generic21', 'NBS_IND_PROD_1_0', 'W.CN.ELEC.N',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "ELEC", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-W53"}',
     '2021-W53', NULL, NULL,
     '{"SOURCE_AGENCY": "CEC", "UNIT": "KWH", "UNIT_MULT": "8"}');
SELECT * FROM sx_rows('generic21');
SELECT * FROM sx_extra('generic21');

-- 6. generic21_flat.xml: SDMX-ML 2.1 GenericData, dimensionAtObservation
--    AllDimensions: no series, each <Obs> carries its whole key in <ObsKey>
--    (time included); the key is FREQ.REF_AREA.INDICATOR as written.
--    Dataset: structureRef NBS_PMI_1_0; SOURCE_AGENCY NBS, DECIMALS 1.
--    Without series, a group's attributes go to the observations after it
--    whose dimensions agree with its key (doc/sdmx.md speaks of series; each
--    flat observation is its own): the group CN/PMI (TITLE_COMPL, UNIT IDX)
--    reaches the CN PMI observations, not CN-GD, not NMPMI; the NMPMI group
--    at the end reaches nothing.
INSERT INTO sx_want VALUES
    ('generic21_flat', 'NBS_PMI_1_0', 'M.CN.PMI',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "PMI", "TIME_PERIOD": "2021-M11"}',
     '2021-M11', '2021-11', 50.1,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "TITLE_COMPL": "制造业采购经理指数", "UNIT": "IDX", "OBS_STATUS": "A"}'),
    ('generic21_flat', 'NBS_PMI_1_0', 'M.CN.PMI',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "PMI", "TIME_PERIOD": "2021-10"}',
     '2021-10', '2021-10', 49.2,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "TITLE_COMPL": "制造业采购经理指数", "UNIT": "IDX", "OBS_STATUS": "A"}'),
    ('generic21_flat', 'NBS_PMI_1_0', 'M.CN.PMI',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "PMI", "TIME_PERIOD": "2021-M13"}',
     '2021-M13', NULL, NULL,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "TITLE_COMPL": "制造业采购经理指数", "UNIT": "IDX"}'),
    ('generic21_flat', 'NBS_PMI_1_0', 'Q.CN.PMI',
     '{"FREQ": "Q", "REF_AREA": "CN", "INDICATOR": "PMI", "TIME_PERIOD": "2021-Q3"}',
     '2021-Q3', '2021-Q3', NULL,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "TITLE_COMPL": "制造业采购经理指数", "UNIT": "IDX"}'),
    ('generic21_flat', 'NBS_PMI_1_0', 'A.CN-GD.PMI',
     '{"FREQ": "A", "REF_AREA": "CN-GD", "INDICATOR": "PMI", "TIME_PERIOD": "2021-A1"}',
     '2021-A1', '2021', NULL,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "OBS_STATUS": "L"}'),
    ('generic21_flat', 'NBS_PMI_1_0', 'S.CN.NMPMI',
     '{"FREQ": "S", "REF_AREA": "CN", "INDICATOR": "NMPMI", "TIME_PERIOD": "2021-S1"}',
     '2021-S1', '2021-S1', 53.5,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1"}'),
    ('generic21_flat', 'NBS_PMI_1_0', 'W.CN.PMI',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "PMI", "TIME_PERIOD": "2021-W05"}',
     '2021-W05', '2021-W05', 50.3,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "TITLE_COMPL": "制造业采购经理指数", "UNIT": "IDX", "OBS_STATUS": "E"}'),
    ('generic21_flat', 'NBS_PMI_1_0', 'W.CN.PMI',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "PMI", "TIME_PERIOD": "2021-W53"}',
     '2021-W53', NULL, NULL,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "TITLE_COMPL": "制造业采购经理指数", "UNIT": "IDX"}');
SELECT * FROM sx_rows('generic21_flat');
SELECT * FROM sx_extra('generic21_flat');

-- 7. generic_ts21.xml: SDMX-ML 2.1 GenericTimeSeriesData.
--    Dataset: structureRef NBS_PPI_1_0 (the DataSet's own, before the
--    header's DataSetID PPI_2021).  SOURCE_AGENCY NBS, BASE_PER
--    上年同月=100, DECIMALS 1.  The group CN/PPI (TITLE_COMPL, UNIT IDX)
--    reaches the M, Q and S PPI series, not PPIRM or the coal price; the
--    coal-price group at the end reaches nothing.  The coal-price series'
--    own BASE_PER _Z wins over the dataset's.
INSERT INTO sx_want VALUES
    ('generic_ts21', 'NBS_PPI_1_0', 'M.CN.PPI',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "PPI", "TIME_PERIOD": "2021-M11"}',
     '2021-M11', '2021-11', 112.9,
     '{"SOURCE_AGENCY": "NBS", "BASE_PER": "上年同月=100", "DECIMALS": "1", "TITLE_COMPL": "工业生产者出厂价格指数", "UNIT": "IDX", "UNIT_MULT": "0", "OBS_STATUS": "A"}'),
    ('generic_ts21', 'NBS_PPI_1_0', 'M.CN.PPI',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "PPI", "TIME_PERIOD": "2021-10"}',
     '2021-10', '2021-10', 113.5,
     '{"SOURCE_AGENCY": "NBS", "BASE_PER": "上年同月=100", "DECIMALS": "2", "TITLE_COMPL": "工业生产者出厂价格指数", "UNIT": "IDX", "UNIT_MULT": "0", "OBS_STATUS": "A"}'),
    ('generic_ts21', 'NBS_PPI_1_0', 'M.CN.PPI',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "PPI", "TIME_PERIOD": "2021-M13"}',
     '2021-M13', NULL, NULL,
     '{"SOURCE_AGENCY": "NBS", "BASE_PER": "上年同月=100", "DECIMALS": "1", "TITLE_COMPL": "工业生产者出厂价格指数", "UNIT": "IDX", "UNIT_MULT": "0"}'),
    ('generic_ts21', 'NBS_PPI_1_0', 'Q.CN.PPI',
     '{"FREQ": "Q", "REF_AREA": "CN", "INDICATOR": "PPI", "TIME_PERIOD": "2021-Q3"}',
     '2021-Q3', '2021-Q3', NULL,
     '{"SOURCE_AGENCY": "NBS", "BASE_PER": "上年同月=100", "DECIMALS": "1", "TITLE_COMPL": "工业生产者出厂价格指数", "UNIT": "IDX"}'),
    ('generic_ts21', 'NBS_PPI_1_0', 'A.CN.PPIRM',
     '{"FREQ": "A", "REF_AREA": "CN", "INDICATOR": "PPIRM", "TIME_PERIOD": "2021-A1"}',
     '2021-A1', '2021', NULL,
     '{"SOURCE_AGENCY": "NBS", "BASE_PER": "上年同月=100", "DECIMALS": "1", "TITLE": "工业生产者购进价格指数", "OBS_STATUS": "L"}'),
    ('generic_ts21', 'NBS_PPI_1_0', 'S.CN.PPI',
     '{"FREQ": "S", "REF_AREA": "CN", "INDICATOR": "PPI", "TIME_PERIOD": "2021-S1"}',
     '2021-S1', '2021-S1', 105.1,
     '{"SOURCE_AGENCY": "NBS", "BASE_PER": "上年同月=100", "DECIMALS": "1", "TITLE_COMPL": "工业生产者出厂价格指数", "UNIT": "IDX"}'),
    ('generic_ts21', 'NBS_PPI_1_0', 'W.CN.COAL_PRICE',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "COAL_PRICE", "TIME_PERIOD": "2021-W05"}',
     '2021-W05', '2021-W05', 1012.5,
     '{"SOURCE_AGENCY": "NBS", "BASE_PER": "_Z", "DECIMALS": "1", "UNIT": "CNY_T", "OBS_STATUS": "E"}'),
    ('generic_ts21', 'NBS_PPI_1_0', 'W.CN.COAL_PRICE',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "COAL_PRICE", "TIME_PERIOD": "2021-W53"}',
     '2021-W53', NULL, NULL,
     '{"SOURCE_AGENCY": "NBS", "BASE_PER": "_Z", "DECIMALS": "1", "UNIT": "CNY_T"}');
SELECT * FROM sx_rows('generic_ts21');
SELECT * FROM sx_extra('generic_ts21');

-- 8. ss21.xml: SDMX-ML 2.1 StructureSpecificData, two datasets of two
--    structures; the header describes both, each with its
--    dimensionAtObservation.  Each DataSet names its structure in
--    ss:structureRef ("in any namespace"; the structure-specific schemas
--    qualify the DataSet's own attributes): NBS_IND_PROD_1_0, then
--    NBS_ENERGY_1_0.  The other ss:* and the xsi:type attributes are in a namespace: neither dimensions
--    nor attributes; SOURCE_AGENCY, DECIMALS, UNIT, UNIT_MULT on the
--    DataSets are dataset attributes.
--    Dataset 1: the group REF_AREA="CN" INDICATOR="IVA" (key) DECIMALS="2"
--    TITLE_COMPL (attributes) before both IVA series; the group after them
--    (COMMENT_TS) reaches neither.
INSERT INTO sx_want VALUES
    ('ss21', 'NBS_IND_PROD_1_0', 'M.CN.IVA.N',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-M11"}',
     '2021-M11', '2021-11', 3.8,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "TITLE_COMPL": "规模以上工业增加值，同比增长", "UNIT": "PCT", "OBS_STATUS": "A"}'),
    ('ss21', 'NBS_IND_PROD_1_0', 'M.CN.IVA.N',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-10"}',
     '2021-10', '2021-10', 3.5,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "TITLE_COMPL": "规模以上工业增加值，同比增长", "UNIT": "PCT", "OBS_STATUS": "A"}'),
    ('ss21', 'NBS_IND_PROD_1_0', 'M.CN.IVA.N',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-M13"}',
     '2021-M13', NULL, NULL,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "TITLE_COMPL": "规模以上工业增加值，同比增长", "UNIT": "PCT", "OBS_STATUS": "M"}'),
    ('ss21', 'NBS_IND_PROD_1_0', 'Q.CN.IVA.N',
     '{"FREQ": "Q", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-Q3"}',
     '2021-Q3', '2021-Q3', 4.9,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "TITLE_COMPL": "规模以上工业增加值，同比增长", "UNIT": "PCT"}'),
    ('ss21', 'NBS_IND_PROD_1_0', 'Q.CN.IVA.N',
     '{"FREQ": "Q", "REF_AREA": "CN", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-Q2"}',
     '2021-Q2', '2021-Q2', NULL,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "TITLE_COMPL": "规模以上工业增加值，同比增长", "UNIT": "PCT", "OBS_STATUS": "M"}'),
    ('ss21', 'NBS_ENERGY_1_0', 'A.CN-GD.ELEC',
     '{"FREQ": "A", "REF_AREA": "CN-GD", "INDICATOR": "ELEC", "TIME_PERIOD": "2021-A1"}',
     '2021-A1', '2021', NULL,
     '{"SOURCE_AGENCY": "CEC", "UNIT": "KWH", "UNIT_MULT": "4", "OBS_STATUS": "L"}'),
    ('ss21', 'NBS_ENERGY_1_0', 'S.CN.ELEC',
     '{"FREQ": "S", "REF_AREA": "CN", "INDICATOR": "ELEC", "TIME_PERIOD": "2021-S1"}',
     '2021-S1', '2021-S1', 38271.3,
     '{"SOURCE_AGENCY": "CEC", "UNIT": "KWH", "UNIT_MULT": "8"}'),
    ('ss21', 'NBS_ENERGY_1_0', 'W.CN.ELEC',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "ELEC", "TIME_PERIOD": "2021-W05"}',
     '2021-W05', '2021-W05', 158.2,
     '{"SOURCE_AGENCY": "CEC", "UNIT": "KWH", "UNIT_MULT": "8", "OBS_STATUS": "E"}'),
    ('ss21', 'NBS_ENERGY_1_0', 'W.CN.ELEC',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "ELEC", "TIME_PERIOD": "2021-W53"}',
     '2021-W53', NULL, NULL,
     '{"SOURCE_AGENCY": "CEC", "UNIT": "KWH", "UNIT_MULT": "8"}');
SELECT * FROM sx_rows('ss21');
SELECT * FROM sx_extra('ss21');

-- 9. ss21_ts.xml: SDMX-ML 2.1 StructureSpecificTimeSeriesData.
--    Dataset: ss:structureRef NBS_AUTO_1_0 (before the header's DataSetID
--    AUTO_2021).  SOURCE_AGENCY CAAM, DECIMALS 1.  xsi:type on Series and
--    Obs is in a namespace: neither.  TIME_FORMAT is a cross-domain
--    attribute: a series attribute.  The group CN/NEV (TITLE_COMPL, UNIT
--    VEH, UNIT_MULT 4) reaches the M, Q and S NEV series; the retail group
--    after the weekly series reaches nothing (its UNIT and UNIT_MULT are the
--    series' own).
INSERT INTO sx_want VALUES
    ('ss21_ts', 'NBS_AUTO_1_0', 'M.CN.NEV',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "NEV", "TIME_PERIOD": "2021-M11"}',
     '2021-M11', '2021-11', 45.7,
     '{"SOURCE_AGENCY": "CAAM", "DECIMALS": "1", "TITLE_COMPL": "新能源汽车产量", "UNIT": "VEH", "UNIT_MULT": "4", "TIME_FORMAT": "P1M", "OBS_STATUS": "A"}'),
    ('ss21_ts', 'NBS_AUTO_1_0', 'M.CN.NEV',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "NEV", "TIME_PERIOD": "2021-10"}',
     '2021-10', '2021-10', 39.7,
     '{"SOURCE_AGENCY": "CAAM", "DECIMALS": "0", "TITLE_COMPL": "新能源汽车产量", "UNIT": "VEH", "UNIT_MULT": "4", "TIME_FORMAT": "P1M", "OBS_STATUS": "A"}'),
    ('ss21_ts', 'NBS_AUTO_1_0', 'M.CN.NEV',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "NEV", "TIME_PERIOD": "2021-M13"}',
     '2021-M13', NULL, NULL,
     '{"SOURCE_AGENCY": "CAAM", "DECIMALS": "1", "TITLE_COMPL": "新能源汽车产量", "UNIT": "VEH", "UNIT_MULT": "4", "TIME_FORMAT": "P1M"}'),
    ('ss21_ts', 'NBS_AUTO_1_0', 'Q.CN.NEV',
     '{"FREQ": "Q", "REF_AREA": "CN", "INDICATOR": "NEV", "TIME_PERIOD": "2021-Q3"}',
     '2021-Q3', '2021-Q3', NULL,
     '{"SOURCE_AGENCY": "CAAM", "DECIMALS": "1", "TITLE_COMPL": "新能源汽车产量", "UNIT": "VEH", "UNIT_MULT": "4", "TIME_FORMAT": "P3M"}'),
    ('ss21_ts', 'NBS_AUTO_1_0', 'A.CN.AUTO',
     '{"FREQ": "A", "REF_AREA": "CN", "INDICATOR": "AUTO", "TIME_PERIOD": "2021-A1"}',
     '2021-A1', '2021', NULL,
     '{"SOURCE_AGENCY": "CAAM", "DECIMALS": "1", "TIME_FORMAT": "P1Y", "UNIT": "VEH", "UNIT_MULT": "4", "OBS_STATUS": "L"}'),
    ('ss21_ts', 'NBS_AUTO_1_0', 'S.CN.NEV',
     '{"FREQ": "S", "REF_AREA": "CN", "INDICATOR": "NEV", "TIME_PERIOD": "2021-S1"}',
     '2021-S1', '2021-S1', 121.5,
     '{"SOURCE_AGENCY": "CAAM", "DECIMALS": "1", "TITLE_COMPL": "新能源汽车产量", "UNIT": "VEH", "UNIT_MULT": "4", "TIME_FORMAT": "P6M"}'),
    ('ss21_ts', 'NBS_AUTO_1_0', 'W.CN.NEV_RETAIL',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "NEV_RETAIL", "TIME_PERIOD": "2021-W05"}',
     '2021-W05', '2021-W05', 5.1,
     '{"SOURCE_AGENCY": "CAAM", "DECIMALS": "1", "TIME_FORMAT": "P7D", "UNIT": "VEH", "UNIT_MULT": "4", "OBS_STATUS": "E"}'),
    ('ss21_ts', 'NBS_AUTO_1_0', 'W.CN.NEV_RETAIL',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "NEV_RETAIL", "TIME_PERIOD": "2021-W53"}',
     '2021-W53', NULL, NULL,
     '{"SOURCE_AGENCY": "CAAM", "DECIMALS": "1", "TIME_FORMAT": "P7D", "UNIT": "VEH", "UNIT_MULT": "4"}');
SELECT * FROM sx_rows('ss21_ts');
SELECT * FROM sx_extra('ss21_ts');

-- 10. ss21_dim_at_obs.xml: SDMX-ML 2.1 StructureSpecificData,
--    dimensionAtObservation REF_AREA: the series carry the time, the
--    observations the region.  The key: the series' dimensions but time
--    (FREQ, INDICATOR, ADJUSTMENT), then the observation's REF_AREA; dims
--    hold all five, TIME_PERIOD from the series.
--    Dataset: ss:structureRef NBS_IVA_REGION_1_0; SOURCE_AGENCY NBS,
--    DECIMALS 1.  The group FREQ="M" INDICATOR="IVA" (key) DECIMALS="2"
--    TITLE_COMPL (attributes) reaches the two monthly series, not Q, A, S or
--    the electricity series; the electricity group after it reaches nothing.
INSERT INTO sx_want VALUES
    ('ss21_dim_at_obs', 'NBS_IVA_REGION_1_0', 'M.IVA.N.CN-GD',
     '{"FREQ": "M", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-M11", "REF_AREA": "CN-GD"}',
     '2021-M11', '2021-11', 5.5,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "TITLE_COMPL": "分地区规模以上工业增加值，同比增长", "UNIT": "PCT", "OBS_STATUS": "A"}'),
    ('ss21_dim_at_obs', 'NBS_IVA_REGION_1_0', 'M.IVA.N.CN-JS',
     '{"FREQ": "M", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-M11", "REF_AREA": "CN-JS"}',
     '2021-M11', '2021-11', 5.9,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "TITLE_COMPL": "分地区规模以上工业增加值，同比增长", "UNIT": "PCT", "OBS_STATUS": "A"}'),
    ('ss21_dim_at_obs', 'NBS_IVA_REGION_1_0', 'M.IVA.N.CN-XZ',
     '{"FREQ": "M", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-M11", "REF_AREA": "CN-XZ"}',
     '2021-M11', '2021-11', NULL,         -- NaN
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "TITLE_COMPL": "分地区规模以上工业增加值，同比增长", "UNIT": "PCT", "OBS_STATUS": "M"}'),
    ('ss21_dim_at_obs', 'NBS_IVA_REGION_1_0', 'M.IVA.N.CN-ZJ',
     '{"FREQ": "M", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-M13", "REF_AREA": "CN-ZJ"}',
     '2021-M13', NULL, NULL,              -- no month 13; empty value
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "TITLE_COMPL": "分地区规模以上工业增加值，同比增长", "UNIT": "PCT"}'),
    ('ss21_dim_at_obs', 'NBS_IVA_REGION_1_0', 'Q.IVA.N.CN-SD',
     '{"FREQ": "Q", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-Q3", "REF_AREA": "CN-SD"}',
     '2021-Q3', '2021-Q3', 6.1,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT": "PCT"}'),
    ('ss21_dim_at_obs', 'NBS_IVA_REGION_1_0', 'Q.IVA.N.CN-HE',
     '{"FREQ": "Q", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-Q3", "REF_AREA": "CN-HE"}',
     '2021-Q3', '2021-Q3', NULL,          -- no OBS_VALUE
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT": "PCT", "OBS_STATUS": "L"}'),
    ('ss21_dim_at_obs', 'NBS_IVA_REGION_1_0', 'A.IVA.N.CN-SH',
     '{"FREQ": "A", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-A1", "REF_AREA": "CN-SH"}',
     '2021-A1', '2021', 11,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT": "PCT"}'),
    ('ss21_dim_at_obs', 'NBS_IVA_REGION_1_0', 'S.IVA.N.CN-BJ',
     '{"FREQ": "S", "INDICATOR": "IVA", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-S1", "REF_AREA": "CN-BJ"}',
     '2021-S1', '2021-S1', 31,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT": "PCT"}'),
    ('ss21_dim_at_obs', 'NBS_IVA_REGION_1_0', 'W.ELEC.N.CN-GD',
     '{"FREQ": "W", "INDICATOR": "ELEC", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-W05", "REF_AREA": "CN-GD"}',
     '2021-W05', '2021-W05', 25.6,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT": "KWH", "UNIT_MULT": "8", "OBS_STATUS": "E"}');
SELECT * FROM sx_rows('ss21_dim_at_obs');
SELECT * FROM sx_extra('ss21_dim_at_obs');

-- 11. ss21_flat.xml: SDMX-ML 2.1 StructureSpecificData, dimensionAtObservation
--    AllDimensions: Obs elements directly in the dataset; every name but the
--    cross-domain attributes (and OBS_VALUE, TIME_PERIOD) is a dimension.
--    The DataSet names no id (ss:dataScope is none): the header's DataSetID
--    ENERGY_2021, which the doc lists before Structure/@structureID.
--    Attributes SOURCE_AGENCY NBS, UNIT_MULT 4, DECIMALS 1.  The group
--    REF_AREA="CN" INDICATOR="COAL" (key) TITLE_COMPL, UNIT T (attributes)
--    reaches the CN coal observations after it (see 6.), not Shanxi, not
--    gas; the gas group at the end reaches nothing.
INSERT INTO sx_want VALUES
    ('ss21_flat', 'ENERGY_2021', 'M.CN.COAL',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "COAL", "TIME_PERIOD": "2021-M11"}',
     '2021-M11', '2021-11', 37057,
     '{"SOURCE_AGENCY": "NBS", "UNIT_MULT": "4", "DECIMALS": "1", "TITLE_COMPL": "原煤产量", "UNIT": "T", "OBS_STATUS": "A"}'),
    ('ss21_flat', 'ENERGY_2021', 'M.CN.COAL',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "COAL", "TIME_PERIOD": "2021-10"}',
     '2021-10', '2021-10', 35667,
     '{"SOURCE_AGENCY": "NBS", "UNIT_MULT": "4", "DECIMALS": "0", "TITLE_COMPL": "原煤产量", "UNIT": "T", "OBS_STATUS": "A"}'),
    ('ss21_flat', 'ENERGY_2021', 'M.CN.COAL',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "COAL", "TIME_PERIOD": "2021-M13"}',
     '2021-M13', NULL, NULL,
     '{"SOURCE_AGENCY": "NBS", "UNIT_MULT": "4", "DECIMALS": "1", "TITLE_COMPL": "原煤产量", "UNIT": "T"}'),
    ('ss21_flat', 'ENERGY_2021', 'Q.CN.COAL',
     '{"FREQ": "Q", "REF_AREA": "CN", "INDICATOR": "COAL", "TIME_PERIOD": "2021-Q3"}',
     '2021-Q3', '2021-Q3', NULL,
     '{"SOURCE_AGENCY": "NBS", "UNIT_MULT": "4", "DECIMALS": "1", "TITLE_COMPL": "原煤产量", "UNIT": "T"}'),
    ('ss21_flat', 'ENERGY_2021', 'A.CN-SX.COAL',
     '{"FREQ": "A", "REF_AREA": "CN-SX", "INDICATOR": "COAL", "TIME_PERIOD": "2021-A1"}',
     '2021-A1', '2021', NULL,
     '{"SOURCE_AGENCY": "NBS", "UNIT_MULT": "4", "DECIMALS": "1", "OBS_STATUS": "L"}'),
    ('ss21_flat', 'ENERGY_2021', 'S.CN.GAS',
     '{"FREQ": "S", "REF_AREA": "CN", "INDICATOR": "GAS", "TIME_PERIOD": "2021-S1"}',
     '2021-S1', '2021-S1', 1045.5,        -- the observation's UNIT_MULT 8 over 4
     '{"SOURCE_AGENCY": "NBS", "UNIT_MULT": "8", "DECIMALS": "1", "UNIT": "M3"}'),
    ('ss21_flat', 'ENERGY_2021', 'W.CN.COAL',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "COAL", "TIME_PERIOD": "2021-W05"}',
     '2021-W05', '2021-W05', 8500,
     '{"SOURCE_AGENCY": "NBS", "UNIT_MULT": "4", "DECIMALS": "1", "TITLE_COMPL": "原煤产量", "UNIT": "T", "OBS_STATUS": "E"}'),
    ('ss21_flat', 'ENERGY_2021', 'W.CN.COAL',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "COAL", "TIME_PERIOD": "2021-W53"}',
     '2021-W53', NULL, NULL,
     '{"SOURCE_AGENCY": "NBS", "UNIT_MULT": "4", "DECIMALS": "1", "TITLE_COMPL": "原煤产量", "UNIT": "T"}');
SELECT * FROM sx_rows('ss21_flat');
SELECT * FROM sx_extra('ss21_flat');

-- 12. ss30.xml: SDMX-ML 3.0 StructureSpecificData, read as 2.1.
--    Dataset: ss:structureRef NBS_RETAIL_1_0; SOURCE_AGENCY NBS, DECIMALS 1.
--    The group CN/RETAIL (TITLE_COMPL, UNIT CNY, UNIT_MULT 8) reaches the M,
--    Q and S retail series (the half-year series' own UNIT_MULT 4 wins), not
--    online retail or car retail; the group after the car series reaches
--    nothing.
INSERT INTO sx_want VALUES
    ('ss30', 'NBS_RETAIL_1_0', 'M.CN.RETAIL.N',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "RETAIL", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-M11"}',
     '2021-M11', '2021-11', 41043,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "TITLE_COMPL": "社会消费品零售总额", "UNIT": "CNY", "UNIT_MULT": "8", "OBS_STATUS": "A"}'),
    ('ss30', 'NBS_RETAIL_1_0', 'M.CN.RETAIL.N',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "RETAIL", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-10"}',
     '2021-10', '2021-10', 40454,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "0", "TITLE_COMPL": "社会消费品零售总额", "UNIT": "CNY", "UNIT_MULT": "8", "OBS_STATUS": "A"}'),
    ('ss30', 'NBS_RETAIL_1_0', 'M.CN.RETAIL.N',
     '{"FREQ": "M", "REF_AREA": "CN", "INDICATOR": "RETAIL", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-M13"}',
     '2021-M13', NULL, NULL,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "TITLE_COMPL": "社会消费品零售总额", "UNIT": "CNY", "UNIT_MULT": "8", "OBS_STATUS": "M"}'),
    ('ss30', 'NBS_RETAIL_1_0', 'Q.CN.RETAIL.N',
     '{"FREQ": "Q", "REF_AREA": "CN", "INDICATOR": "RETAIL", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-Q3"}',
     '2021-Q3', '2021-Q3', NULL,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "TITLE_COMPL": "社会消费品零售总额", "UNIT": "CNY", "UNIT_MULT": "8"}'),
    ('ss30', 'NBS_RETAIL_1_0', 'A.CN.RETAIL_ONLINE.N',
     '{"FREQ": "A", "REF_AREA": "CN", "INDICATOR": "RETAIL_ONLINE", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-A1"}',
     '2021-A1', '2021', NULL,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT": "CNY", "UNIT_MULT": "8", "OBS_STATUS": "L"}'),
    ('ss30', 'NBS_RETAIL_1_0', 'S.CN.RETAIL.N',
     '{"FREQ": "S", "REF_AREA": "CN", "INDICATOR": "RETAIL", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-S1"}',
     '2021-S1', '2021-S1', 2119040,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "TITLE_COMPL": "社会消费品零售总额", "UNIT": "CNY", "UNIT_MULT": "4"}'),
    ('ss30', 'NBS_RETAIL_1_0', 'W.CN.RETAIL_AUTO.N',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "RETAIL_AUTO", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-W05"}',
     '2021-W05', '2021-W05', 36.2,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT": "VEH", "UNIT_MULT": "4", "OBS_STATUS": "E"}'),
    ('ss30', 'NBS_RETAIL_1_0', 'W.CN.RETAIL_AUTO.N',
     '{"FREQ": "W", "REF_AREA": "CN", "INDICATOR": "RETAIL_AUTO", "ADJUSTMENT": "N", "TIME_PERIOD": "2021-W53"}',
     '2021-W53', NULL, NULL,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT": "VEH", "UNIT_MULT": "4"}');
SELECT * FROM sx_rows('ss30');
SELECT * FROM sx_extra('ss30');

-- 13. cross20.xml: SDMX-ML 2.0 CrossSectionalData (doc/sdmx.md, "Cross-
--     sectional messages").  Every level states dimensions and attributes
--     as XML attributes, the cross-domain attribute names being attributes
--     and the rest dimensions; a Group holds its Sections, a Section its
--     observations; an observation is an element named after its measure,
--     its value in "value" (or OBS_VALUE).  A measure other than the primary
--     one (OBS_VALUE, or an element named Obs) is the dimension MEASURE,
--     after the observation's own.  TIME or TIME_PERIOD, at whatever level,
--     is the time; the most specific level wins.
--    Dataset 1 names no id of its own: the header's DataSetID NBS_PROV.
--    Its attributes SOURCE_AGENCY NBS, DECIMALS 1, UNIT_MULT 8; ADJUSTMENT
--    N is no attribute name: a dimension (xsi:type is in a namespace).
--    Group 1: FREQ A and TIME 2021 are dimensions, DECIMALS 2 and
--    TITLE_COMPL attributes.  Its Section CN-GD (UNIT CNY an attribute):
--    dims ADJUSTMENT, FREQ, TIME, REF_AREA, then MEASURE; key N.A.CN-GD.<m>
--    (time is no part of a key).  GDP has OBS_STATUS A, EXPORTS is NaN with
--    OBS_STATUS M; the Annotations after them are no observation.  Section
--    CN-JS states DECIMALS 1, which wins over the group's 2; its GDP holds
--    Annotations (still one observation), its RETAIL has no value.
--    Group 2 (FREQ Q, TIME 2021-Q3) has no attributes: group 1's DECIMALS
--    and TITLE_COMPL do not carry over; the GDP's own DECIMALS 0 wins over
--    the dataset's 1, and its value is empty.
--    Dataset 2: datasetID NBS_CITY_PRICES; FREQ M and TIME_PERIOD 2021-M11
--    are dimensions stated on the DataSet, UNIT IDX and UNIT_MULT 0 its
--    attributes.  Section INDICATOR CPI (a dimension), COLLECTION E (an
--    attribute).  Observations named OBS_VALUE and Obs are of the primary
--    measure: no MEASURE.  Their REF_AREA is a dimension, after the
--    series' ones; CN-SH states its own TIME_PERIOD 2021-M13, which wins in
--    place and is no period; CN-GZ has its value as OBS_VALUE.
INSERT INTO sx_want VALUES
    ('cross20', 'NBS_PROV', 'N.A.CN-GD.GDP',
     '{"ADJUSTMENT": "N", "FREQ": "A", "TIME": "2021", "REF_AREA": "CN-GD", "MEASURE": "GDP"}',
     '2021', '2021', 124369.7,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "UNIT_MULT": "8", "TITLE_COMPL": "分省年度数据", "UNIT": "CNY", "OBS_STATUS": "A"}'),
    ('cross20', 'NBS_PROV', 'N.A.CN-GD.RETAIL',
     '{"ADJUSTMENT": "N", "FREQ": "A", "TIME": "2021", "REF_AREA": "CN-GD", "MEASURE": "RETAIL"}',
     '2021', '2021', 44187.7,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "UNIT_MULT": "8", "TITLE_COMPL": "分省年度数据", "UNIT": "CNY"}'),
    ('cross20', 'NBS_PROV', 'N.A.CN-GD.EXPORTS',
     '{"ADJUSTMENT": "N", "FREQ": "A", "TIME": "2021", "REF_AREA": "CN-GD", "MEASURE": "EXPORTS"}',
     '2021', '2021', NULL,                -- NaN
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "2", "UNIT_MULT": "8", "TITLE_COMPL": "分省年度数据", "UNIT": "CNY", "OBS_STATUS": "M"}'),
    ('cross20', 'NBS_PROV', 'N.A.CN-JS.GDP',
     '{"ADJUSTMENT": "N", "FREQ": "A", "TIME": "2021", "REF_AREA": "CN-JS", "MEASURE": "GDP"}',
     '2021', '2021', 116364.2,
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT_MULT": "8", "TITLE_COMPL": "分省年度数据", "UNIT": "CNY", "OBS_STATUS": "P"}'),
    ('cross20', 'NBS_PROV', 'N.A.CN-JS.RETAIL',
     '{"ADJUSTMENT": "N", "FREQ": "A", "TIME": "2021", "REF_AREA": "CN-JS", "MEASURE": "RETAIL"}',
     '2021', '2021', NULL,                -- no value
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "1", "UNIT_MULT": "8", "TITLE_COMPL": "分省年度数据", "UNIT": "CNY"}'),
    ('cross20', 'NBS_PROV', 'N.Q.CN-GD.GDP',
     '{"ADJUSTMENT": "N", "FREQ": "Q", "TIME": "2021-Q3", "REF_AREA": "CN-GD", "MEASURE": "GDP"}',
     '2021-Q3', '2021-Q3', NULL,          -- value=""
     '{"SOURCE_AGENCY": "NBS", "DECIMALS": "0", "UNIT_MULT": "8"}'),
    ('cross20', 'NBS_CITY_PRICES', 'M.CPI.CN-BJ',
     '{"FREQ": "M", "TIME_PERIOD": "2021-M11", "INDICATOR": "CPI", "REF_AREA": "CN-BJ"}',
     '2021-M11', '2021-11', 101.5,
     '{"UNIT": "IDX", "UNIT_MULT": "0", "COLLECTION": "E", "OBS_STATUS": "A"}'),
    ('cross20', 'NBS_CITY_PRICES', 'M.CPI.CN-SH',
     '{"FREQ": "M", "TIME_PERIOD": "2021-M13", "INDICATOR": "CPI", "REF_AREA": "CN-SH"}',
     '2021-M13', NULL, 101.2,
     '{"UNIT": "IDX", "UNIT_MULT": "0", "COLLECTION": "E"}'),
    ('cross20', 'NBS_CITY_PRICES', 'M.CPI.CN-GZ',
     '{"FREQ": "M", "TIME_PERIOD": "2021-M11", "INDICATOR": "CPI", "REF_AREA": "CN-GZ"}',
     '2021-M11', '2021-11', 100.9,
     '{"UNIT": "IDX", "UNIT_MULT": "0", "COLLECTION": "E"}');
SELECT * FROM sx_rows('cross20');
SELECT * FROM sx_extra('cross20');

-- 14. Every message, as text, as bytea (its UTF-8 bytes, no BOM and with
--     one) and as xml, gives the same rows in the same order; and as many
--     as were worked out by hand.
CREATE FUNCTION sx_text(doc text) RETURNS text LANGUAGE sql AS $$
    SELECT string_agg(o::text, E'\n' ORDER BY o.ordinality)
    FROM sdmx_observations(doc) WITH ORDINALITY o $$;
CREATE FUNCTION sx_text(doc bytea) RETURNS text LANGUAGE sql AS $$
    SELECT string_agg(o::text, E'\n' ORDER BY o.ordinality)
    FROM sdmx_observations(doc) WITH ORDINALITY o $$;
CREATE FUNCTION sx_text(doc xml) RETURNS text LANGUAGE sql AS $$
    SELECT string_agg(o::text, E'\n' ORDER BY o.ordinality)
    FROM sdmx_observations(doc) WITH ORDINALITY o $$;
SELECT name,
       (SELECT count(*) FROM sx_want w WHERE w.doc = name) AS hand_worked,
       (SELECT count(*) FROM sdmx_observations(doc)) AS text_rows,
       sx_text(doc) = sx_text(convert_to(doc, 'UTF8')) AS bytea_same,
       sx_text(doc) = sx_text('\xefbbbf'::bytea || convert_to(doc, 'UTF8')) AS bytea_bom_same,
       sx_text(doc) = sx_text(doc::xml) AS xml_same
FROM sx_doc
ORDER BY name;

-- 15. Encodings.  A bytea is read in the encoding its declaration names:
--     here ISO-8859-1, where é is the one byte E9 and ° the byte B0.  Text
--     and xml are in the server encoding whatever the declaration says, so
--     the same message as text (é in UTF-8 here) reads the same.
CREATE TABLE sx_latin1 (doc text);
INSERT INTO sx_latin1 VALUES ($x$<?xml version="1.0" encoding="ISO-8859-1"?>
<message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">
  <message:DataSet structureRef="NBS_IVA_FR" TITLE_COMPL="Valeur ajoutée industrielle, Chine, glissement annuel">
    <Series FREQ="M" REF_AREA="CN" INDICATOR="IVA" UNIT="PCT" COMMENT_TS="données brutes, °">
      <Obs TIME_PERIOD="2021-11" OBS_VALUE="3.8" COMMENT_OBS="révisé"/>
    </Series>
  </message:DataSet>
</message:StructureSpecificData>$x$);
SELECT octet_length(convert_to(doc, 'LATIN1')) AS latin1_bytes,
       octet_length(convert_to(doc, 'UTF8')) AS utf8_bytes,
       position('\xe9'::bytea IN convert_to(doc, 'LATIN1')) > 0 AS has_byte_e9
FROM sx_latin1;
SELECT 'bytea, ISO-8859-1' AS input, o.series_key, o.value,
       o.attrs ->> 'TITLE_COMPL' AS title_compl, o.attrs ->> 'COMMENT_TS' AS comment_ts,
       o.attrs ->> 'COMMENT_OBS' AS comment_obs
FROM sx_latin1, sdmx_observations(convert_to(doc, 'LATIN1')) o
UNION ALL
SELECT 'text', o.series_key, o.value, o.attrs ->> 'TITLE_COMPL', o.attrs ->> 'COMMENT_TS',
       o.attrs ->> 'COMMENT_OBS'
FROM sx_latin1, sdmx_observations(doc) o
UNION ALL
SELECT 'xml', o.series_key, o.value, o.attrs ->> 'TITLE_COMPL', o.attrs ->> 'COMMENT_TS',
       o.attrs ->> 'COMMENT_OBS'
FROM sx_latin1, sdmx_observations(doc::xml) o;

-- 16. The value column: OBS_VALUE read as an xs:double written with sign,
--     digits, point and exponent (a leading or trailing point included);
--     NULL when it is NaN (in any case), empty, missing, or not such a
--     number: INF, the C hexadecimal 0x1A, 1,5, 12.3abc, a lone sign, and
--     blanks around a number.
--     The observation with TIME instead of TIME_PERIOD: TIME is the time
--     ("TIME_PERIOD (or TIME)"), and its id in dims is TIME.
CREATE TABLE sx_values (doc text);
INSERT INTO sx_values VALUES ($x$<message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">
  <message:DataSet structureRef="PX_VALUES">
    <Series FREQ="M" INDICATOR="V">
      <Obs TIME_PERIOD="2021-01" OBS_VALUE="NaN"/>
      <Obs TIME_PERIOD="2021-02" OBS_VALUE="nan"/>
      <Obs TIME_PERIOD="2021-03" OBS_VALUE=""/>
      <Obs TIME_PERIOD="2021-04"/>
      <Obs TIME_PERIOD="2021-05" OBS_VALUE=" 7.5 "/>
      <Obs TIME_PERIOD="2021-06" OBS_VALUE="-1.5E3"/>
      <Obs TIME_PERIOD="2021-07" OBS_VALUE="+.5"/>
      <Obs TIME_PERIOD="2021-08" OBS_VALUE="1,5"/>
      <Obs TIME_PERIOD="2021-09" OBS_VALUE="12.3abc"/>
      <Obs TIME_PERIOD="2021-10" OBS_VALUE="-"/>
      <Obs TIME_PERIOD="2021-11" OBS_VALUE="0x1A"/>
      <Obs TIME_PERIOD="2021-12" OBS_VALUE="INF"/>
      <Obs TIME="2022-01" OBS_VALUE="0"/>
      <Obs TIME_PERIOD="2022-02" OBS_VALUE="5."/>
      <Obs TIME_PERIOD="2022-03" OBS_VALUE="-0.25e-2"/>
    </Series>
  </message:DataSet>
</message:StructureSpecificData>$x$);
SELECT o.time_period, o.dims, o.value, w.want,
       o.value IS NOT DISTINCT FROM w.want AS ok
FROM sx_values, sdmx_observations(doc) o
LEFT JOIN (VALUES ('2021-01', NULL::float8), ('2021-02', NULL), ('2021-03', NULL),
                  ('2021-04', NULL), ('2021-05', NULL), ('2021-06', -1500), ('2021-07', 0.5),
                  ('2021-08', NULL), ('2021-09', NULL), ('2021-10', NULL),
                  ('2021-11', NULL), ('2021-12', NULL), ('2022-01', 0), ('2022-02', 5),
                  ('2022-03', -0.0025)) w(tp, want)
       ON w.tp = o.time_period
ORDER BY o.time_period;

-- 17. The period column: every SDMX time-period form (doc/period.md,
--     "Input"), SDMX time ranges (a first day and a number of months:
--     2021-01-01/P11M is 2021-01/2021-11, 2021-01-01/P1Y is 2021,
--     2021-04-01/P6M is 2021-Q2/2021-Q3), and NULL, never an error, for what
--     is no period: 2021-13,
--     2021-W53, 2021-02-29, the lenient-only 2021M11 and Nov 2021, a
--     date-time with a zone offset (refused by the strict cast), the empty
--     string.
CREATE TABLE sx_periods (doc text);
INSERT INTO sx_periods VALUES ($x$<message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">
  <message:DataSet structureRef="PX_PERIODS">
    <Series INDICATOR="P">
      <Obs TIME_PERIOD="2021" OBS_VALUE="1"/>
      <Obs TIME_PERIOD="2021-A1" OBS_VALUE="2"/>
      <Obs TIME_PERIOD="2021-S2" OBS_VALUE="3"/>
      <Obs TIME_PERIOD="2021-T2" OBS_VALUE="4"/>
      <Obs TIME_PERIOD="2021-Q4" OBS_VALUE="5"/>
      <Obs TIME_PERIOD="2021-11" OBS_VALUE="6"/>
      <Obs TIME_PERIOD="2021-M01" OBS_VALUE="7"/>
      <Obs TIME_PERIOD="2021-W01" OBS_VALUE="8"/>
      <Obs TIME_PERIOD="2020-W53" OBS_VALUE="9"/>
      <Obs TIME_PERIOD="2021-D067" OBS_VALUE="10"/>
      <Obs TIME_PERIOD="2021-03-08" OBS_VALUE="11"/>
      <Obs TIME_PERIOD="2021-03-08T00:00:00" OBS_VALUE="12"/>
      <Obs TIME_PERIOD="2021-03-08T23:59:59Z" OBS_VALUE="13"/>
      <Obs TIME_PERIOD="2021-01/2021-11" OBS_VALUE="14"/>
      <Obs TIME_PERIOD="2021-Q1/P9M" OBS_VALUE="15"/>
      <Obs TIME_PERIOD="2021-13" OBS_VALUE="16"/>
      <Obs TIME_PERIOD="2021-W53" OBS_VALUE="17"/>
      <Obs TIME_PERIOD="2021-02-29" OBS_VALUE="18"/>
      <Obs TIME_PERIOD="2021M11" OBS_VALUE="19"/>
      <Obs TIME_PERIOD="Nov 2021" OBS_VALUE="20"/>
      <Obs TIME_PERIOD="2021-03-08T10:00:00+08:00" OBS_VALUE="21"/>
      <Obs TIME_PERIOD="" OBS_VALUE="22"/>
      <Obs TIME_PERIOD="2021-01-01/P11M" OBS_VALUE="23"/>
      <Obs TIME_PERIOD="2021-01-01/P1Y" OBS_VALUE="24"/>
      <Obs TIME_PERIOD="2021-04-01/P6M" OBS_VALUE="25"/>
    </Series>
  </message:DataSet>
</message:StructureSpecificData>$x$);
SELECT o.value AS n, o.time_period, o.period, w.want,
       o.period IS NOT DISTINCT FROM w.want AS ok
FROM sx_periods, sdmx_observations(doc) o
LEFT JOIN (VALUES (1, '2021'::period), (2, '2021'), (3, '2021-S2'), (4, '2021-T2'),
                  (5, '2021-Q4'), (6, '2021-11'), (7, '2021-01'), (8, '2021-W01'),
                  (9, '2020-W53'), (10, '2021-03-08'), (11, '2021-03-08'),
                  (12, '2021-03-08'), (13, '2021-03-08'), (14, '2021-01/2021-11'),
                  (15, '2021-Q1/2021-Q3'), (16, NULL), (17, NULL), (18, NULL),
                  (19, NULL), (20, NULL), (21, NULL), (22, NULL),
                  (23, '2021-01/2021-11'), (24, '2021'), (25, '2021-Q2/2021-Q3')) w(n, want)
       ON w.n = o.value
ORDER BY o.value;

-- 18. Errors.  One row per message: SQLSTATE and message, the form the
--     DETAIL must have (a LIKE pattern), the DETAIL itself only when it does
--     not have that form (libxml2's wording is libxml2's, and changes with
--     its version), and "as_spec" for all three, as doc/sdmx.md ("Errors")
--     gives them: 2200M "invalid XML in SDMX message" with DETAIL
--     "Line N: ..." for malformed XML and an external entity; 22023 "not an
--     SDMX-ML data message" with a DETAIL naming the root element for XML
--     that is no SDMX data message (structures, an error message, a query,
--     HTML).  An error leaves no rows:
--     the rows before it are not returned.
CREATE FUNCTION sx_try(doc text,
    OUT rows bigint, OUT state text, OUT message text, OUT detail text)
LANGUAGE plpgsql AS $$
BEGIN
    SELECT count(*) INTO rows FROM sdmx_observations(doc);
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE,
                            message = MESSAGE_TEXT,
                            detail = PG_EXCEPTION_DETAIL;
END
$$;
CREATE FUNCTION sx_try(doc bytea,
    OUT rows bigint, OUT state text, OUT message text, OUT detail text)
LANGUAGE plpgsql AS $$
BEGIN
    SELECT count(*) INTO rows FROM sdmx_observations(doc);
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE,
                            message = MESSAGE_TEXT,
                            detail = PG_EXCEPTION_DETAIL;
END
$$;
CREATE TABLE sx_bad (n int, what text, doc text, want_state text, want_detail text);
INSERT INTO sx_bad VALUES
    (1, 'Obs not closed (line 4), found at line 5', $x$<message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">
  <message:DataSet structureRef="PX">
    <Series FREQ="M" INDICATOR="IVA">
      <Obs TIME_PERIOD="2021-11" OBS_VALUE="3.8">
    </Series>
  </message:DataSet>
</message:StructureSpecificData>$x$, '2200M', 'Line 5: %'),
    (2, 'cut short after two observations', $x$<message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">
  <message:DataSet structureRef="PX">
    <Series FREQ="M" INDICATOR="IVA">
      <Obs TIME_PERIOD="2021-10" OBS_VALUE="3.5"/>
      <Obs TIME_PERIOD="2021-11" OBS_VALUE="3.8"/>
      <Obs TIME_PERIOD="2021-12" OBS_VAL$x$, '2200M', 'Line %: %'),
    (3, 'an attribute without quotes', $x$<message:CompactData xmlns:message="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/message">
<DataSet><Series FREQ=M/></DataSet></message:CompactData>$x$, '2200M', 'Line 2: %'),
    (4, 'an external entity (in <Time>)', $x$<?xml version="1.0"?>
<!DOCTYPE message:GenericData [
  <!ENTITY secret SYSTEM "file:///etc/hostname">
]>
<message:GenericData xmlns:message="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/message"
    xmlns:generic="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/generic">
  <message:DataSet>
    <generic:Series>
      <generic:SeriesKey><generic:Value concept="FREQ" value="A"/></generic:SeriesKey>
      <generic:Obs><generic:Time>&secret;</generic:Time><generic:ObsValue value="1"/></generic:Obs>
    </generic:Series>
  </message:DataSet>
</message:GenericData>$x$, '2200M', 'Line %: %'),
    (5, 'an external entity (in an attribute)', $x$<?xml version="1.0"?>
<!DOCTYPE message:StructureSpecificData [
  <!ENTITY secret SYSTEM "file:///etc/hostname">
]>
<message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">
  <message:DataSet structureRef="PX">
    <Series FREQ="A" INDICATOR="&secret;"><Obs TIME_PERIOD="2021" OBS_VALUE="1"/></Series>
  </message:DataSet>
</message:StructureSpecificData>$x$, '2200M', 'Line %: %'),
    (6, 'empty', '', '2200M', 'Line %: %'),
    (7, 'blanks', E'  \n\t ', '2200M', 'Line %: %'),
    (8, 'an XML declaration and a comment, no element', $x$<?xml version="1.0" encoding="UTF-8"?>
<!-- 无数据 -->$x$, '2200M', 'Line %: %'),
    (9, 'CSV', E'FREQ,REF_AREA,TIME_PERIOD,OBS_VALUE\nM,CN,2021-11,3.8', '2200M', 'Line 1: %'),
    (10, 'SDMX-JSON', '{"data": {"dataSets": [{"series": {}}]}}', '2200M', 'Line 1: %'),
    (11, 'an HTML page (XHTML)', $x$<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh">
<head><title>503 服务暂时不可用</title></head>
<body><h1>服务暂时不可用</h1><p>请稍后再试。</p></body>
</html>$x$, '22023', '%html%'),
    (12, 'a 2.1 Structure message', $x$<message:Structure xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
    xmlns:structure="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure">
  <message:Header><message:ID>PX-STR-1</message:ID><message:Test>true</message:Test>
    <message:Prepared>2021-12-15T10:00:00</message:Prepared><message:Sender id="PX_NBS"/></message:Header>
  <message:Structures>
    <structure:Codelists/>
  </message:Structures>
</message:Structure>$x$, '22023', '%Structure%'),
    (13, 'a 2.1 Error message', $x$<message:Error xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
    xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">
  <message:ErrorMessage code="100">
    <common:Text xml:lang="en">No Results Found</common:Text>
  </message:ErrorMessage>
</message:Error>$x$, '22023', '%Error%'),
    (14, 'a 2.0 QueryMessage', $x$<message:QueryMessage xmlns:message="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/message"
    xmlns:query="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/query">
  <message:Header><message:ID>PX-Q-1</message:ID><message:Test>true</message:Test>
    <message:Prepared>2021-12-15T10:00:00</message:Prepared><message:Sender id="PX_NBS"/></message:Header>
  <message:Query><query:DataWhere><query:KeyFamily>NBS_IND</query:KeyFamily></query:DataWhere></message:Query>
</message:QueryMessage>$x$, '22023', '%QueryMessage%'),
    (15, 'a 2.1 GenericMetadata message', $x$<message:GenericMetadata xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">
  <message:Header><message:ID>PX-MD-1</message:ID><message:Test>true</message:Test>
    <message:Prepared>2021-12-15T10:00:00</message:Prepared><message:Sender id="PX_NBS"/></message:Header>
</message:GenericMetadata>$x$, '22023', '%GenericMetadata%'),
    (16, 'an RSS feed', $x$<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>统计数据发布</title></channel></rss>$x$, '22023', '%rss%');
SELECT n, what, r.rows, r.state, r.message, want_detail AS detail_like,
       CASE WHEN r.detail LIKE want_detail THEN NULL
            ELSE coalesce(sx_clip(r.detail, 60), '(none)') END AS other_detail,
       r.state = want_state
         AND r.message = CASE want_state WHEN '2200M' THEN 'invalid XML in SDMX message'
                                         ELSE 'not an SDMX-ML data message' END
         AND r.detail LIKE want_detail AS as_spec
FROM sx_bad, sx_try(doc) r
ORDER BY n;

--     The ISO-8859-1 message of 14 as bytes without its declaration: then
--     it is UTF-8, which the byte E9 followed by "e" is not: malformed XML.
SELECT r.rows, r.state, r.message,
       CASE WHEN r.detail LIKE 'Line 2: %' THEN NULL
            ELSE coalesce(sx_clip(r.detail, 60), '(none)') END AS other_detail,
       r.state = '2200M' AND r.message = 'invalid XML in SDMX message'
         AND r.detail LIKE 'Line 2: %' AS as_spec
FROM sx_latin1,
     sx_try(convert_to(regexp_replace(doc, '^<\?xml[^>]*\?>\n', ''), 'LATIN1')) r;

-- 19. A name or value longer than 64 kB (65536 bytes) is an error, 54000,
--     never cut; one of 65536 bytes is read whole.
SELECT len, r.rows, r.state, r.message,
       CASE WHEN len <= 65536 THEN r.state IS NULL AND r.rows = 1
            ELSE r.state = '54000' AND r.message = 'SDMX message too large to read' END AS as_spec
FROM unnest(ARRAY[65536, 65537]) len,
     sx_try(format('<message:StructureSpecificData xmlns:message="urn:x"><message:DataSet><Series TITLE="%s"><Obs TIME_PERIOD="2021" OBS_VALUE="1"/></Series></message:DataSet></message:StructureSpecificData>',
                   repeat('x', len))) r
ORDER BY len;
SELECT octet_length(o.attrs ->> 'TITLE') AS title_bytes
FROM sdmx_observations(format('<message:StructureSpecificData xmlns:message="urn:x"><message:DataSet><Series TITLE="%s"><Obs TIME_PERIOD="2021" OBS_VALUE="1"/></Series></message:DataSet></message:StructureSpecificData>',
                              repeat('x', 65536))) o;

-- 20. NULL in, no rows out (STRICT); the functions' declared properties
--     (doc/sdmx.md, "Functions"): STRICT and PARALLEL SAFE, IMMUTABLE over
--     a value, VOLATILE over a file.
SELECT (SELECT count(*) FROM sdmx_observations(NULL::text)) AS text_rows,
       (SELECT count(*) FROM sdmx_observations(NULL::bytea)) AS bytea_rows,
       (SELECT count(*) FROM sdmx_observations(NULL::xml)) AS xml_rows,
       (SELECT count(*) FROM sdmx_observations_file(NULL)) AS file_rows;
SELECT format('%s(%s)', p.proname, oidvectortypes(p.proargtypes)) AS function, p.provolatile, p.proisstrict, p.proparallel,
       pg_get_function_result(p.oid) AS result
FROM pg_proc p
WHERE p.proname IN ('sdmx_observations', 'sdmx_observations_file')
  AND EXISTS (SELECT FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
              WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                AND d.deptype = 'e' AND e.extname = 'policy_ext')
ORDER BY 1;
